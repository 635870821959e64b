"""textual-serve's server with the walkthrough's rules: the token, the cap, tabs that end."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import WSCloseCode, web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from walkthrough.serve import pages
from walkthrough.serve.access import COOKIE, Sessions, shows_token

GRACE = 3.0  # seconds a closed tab's process has to quit when asked, then to SIGTERM
HTML = "text/html"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class TabProcess(AppService):
    """One tab's process: asked to quit when the tab closes, then ended if it has not."""

    async def stop(self) -> None:
        process = self._process  # textual-serve's own handle on the process (1.1.x)
        quitting = asyncio.ensure_future(super().stop())  # sends "quit", waits for the output
        for end in ("terminate", "kill"):
            done, _ = await asyncio.wait({quitting}, timeout=GRACE)
            if done or process is None or process.returncode is not None:
                break
            getattr(process, end)()
        await quitting


class TabServer(Server):
    """Each tab: the token shown, a place under the cap, a process of its own until it closes."""

    def __init__(
        self,
        command: str,
        *,
        host: str,
        port: int,
        title: str,
        lang: str,
        token: str | None,
        max_sessions: int,
        announce: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(command, host=host, port=port, title=title)
        self.lang = lang
        self.token = token
        self.sessions = Sessions(max_sessions)
        self.open: set[web.WebSocketResponse] = set()
        self.announce = announce
        script = (self.statics_path / "js" / "textual.js").read_text(encoding="utf-8")
        self.script = pages.patched_script(script)

    async def _make_app(self) -> web.Application:  # textual-serve's routes, with ours
        app = web.Application(middlewares=[self.guard])
        app.add_routes(
            [
                web.get("/", self.handle_index),
                web.get("/ws", self.handle_websocket),
                web.get("/static/js/textual.js", self.handle_script),
                web.static("/static", self.statics_path),
            ]
        )
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    async def on_startup(self, app: web.Application) -> None:
        self.announce()

    async def on_shutdown(self, app: web.Application) -> None:
        """The server stops: every tab's socket closes, so every tab's process ends."""
        for websocket in list(self.open):
            await websocket.close(code=WSCloseCode.GOING_AWAY, message=b"server stopped")

    @web.middleware
    async def guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Every request shows the token (?token= once, then its cookie), or is refused."""
        given = request.query.get("token")
        if not shows_token(self.token, given, request.cookies.get(COOKIE)):
            return web.Response(status=403, text=pages.refusal(self.title), content_type=HTML)
        if self.token is not None and given and request.path == "/":
            # Keep the token out of the address bar and history: from now on, the cookie.
            response = web.HTTPFound(request.rel_url.without_query_params("token"))
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="Strict", path="/")
            return response
        return await handler(request)

    async def handle_index(self, request: web.Request) -> web.Response:
        if self.sessions.full:
            headers = {"Retry-After": str(pages.WAIT_SECONDS)}
            page = pages.please_wait(self.title)
            return web.Response(status=503, text=page, content_type=HTML, headers=headers)
        font_size = max(8, min(48, to_int(request.query.get("fontsize", "16"), 16)))
        page = pages.tab_page(self.title, self.lang, font_size)
        return web.Response(text=page, content_type=HTML, headers={"Cache-Control": "no-store"})

    async def handle_script(self, request: web.Request) -> web.Response:
        return web.Response(text=self.script, content_type="application/javascript")

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        origin = request.headers.get("Origin")
        if origin and urlsplit(origin).netloc != request.host:  # another site's page
            raise web.HTTPForbidden(text="not from this server's page")
        if self.sessions.full:  # filled since the page loaded: no process
            raise web.HTTPServiceUnavailable(text="all tabs are in use")
        websocket = web.WebSocketResponse(heartbeat=15)
        with self.sessions.one():
            width = to_int(request.query.get("width", "80"), 80)
            height = to_int(request.query.get("height", "24"), 24)
            await websocket.prepare(request)
            tab = TabProcess(
                self.command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,  # type: ignore[arg-type]  # its bool is not read
                download_manager=self.download_manager,
            )
            self.open.add(websocket)
            try:
                await tab.start(width, height)
                await self._process_messages(websocket, tab)  # textual-serve's message loop
            finally:
                self.open.discard(websocket)
                await tab.stop()
        return websocket
