"""Dataclasses to JSON data and back: the same objects again, or NotThisShape, never a guess."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Annotated, Literal, Optional, Union

import pytest

from walkthrough.content.codec import NotThisShape, from_data, to_data


@dataclass(frozen=True, kw_only=True)
class Leaf:
    kind: Literal["leaf"]
    text: Annotated[str, "a marker, as the content models have"]
    count: int = 0
    note: Optional[str] = None


@dataclass(frozen=True, kw_only=True)
class Branch:
    kind: Literal["branch"]
    children: tuple[Union[Leaf, Branch], ...]
    names: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Everything:
    tree: Branch
    by_name: dict[str, tuple[tuple[str, str], ...]]
    mood: Literal["calm", "tense"]
    ratio: float
    flag: bool
    pair: tuple[int, str]


@dataclass(frozen=True)
class Checked:
    value: int

    def __post_init__(self) -> None:
        if self.value < 0:
            raise NotThisShape("negative")


SAMPLE = Everything(
    tree=Branch(
        kind="branch",
        children=(Leaf(kind="leaf", text="a", note="n"), Branch(kind="branch", children=())),
        names=["x", "y"],
    ),
    by_name={"one": (("text", "bold"),), "two": ()},
    mood="tense",
    ratio=0.5,
    flag=True,
    pair=(3, "three"),
)


def test_the_same_objects_come_back() -> None:
    data = json.loads(json.dumps(to_data(SAMPLE)))
    again = from_data(Everything, data)
    assert again == SAMPLE
    assert type(again.tree.children) is tuple and type(again.tree.names) is list
    assert type(again.by_name["one"][0]) is tuple and again.mood == "tense"


def test_a_dataclass_that_checks_itself_is_still_made_through_its_init() -> None:
    assert from_data(Checked, {"value": 1}) == Checked(1)
    with pytest.raises(NotThisShape):
        from_data(Checked, {"value": -1})


def damaged(path: tuple[object, ...], value: object) -> object:
    data = json.loads(json.dumps(to_data(SAMPLE)))
    place = data
    for part in path[:-1]:
        place = place[part]
    if value is KeyError:
        del place[path[-1]]
    else:
        place[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("tree", "kind"), "leaf"),  # the wrong Literal
        (("tree", "children", 0, "kind"), "twig"),  # no member of the union fits
        (("tree", "children", 0, "count"), True),  # true is not the number 1
        (("tree", "children", 0, "count"), 1.0),
        (("tree", "children", 0, "text"), None),
        (("tree", "children", 0, "note"), 5),
        (("tree", "children", 0, "extra"), "x"),  # an unknown field
        (("tree", "children", 0, "count"), KeyError),  # a missing one, even with a default
        (("tree", "names"), "xy"),  # text is not a list
        (("tree", "names", 0), ["x"]),
        (("by_name", "one", 0), ["text"]),  # a pair of one
        (("by_name", "one", 0), ["text", "bold", "italic"]),
        (("by_name", "one"), {"text": "bold"}),
        (("mood",), "angry"),
        (("mood",), "TENSE"),
        (("ratio",), "0.5"),
        (("flag",), 1),
        (("pair",), ["three", 3]),
        (("pair",), [3, "three", 3]),
    ],
)
def test_anything_else_is_refused(path: tuple[object, ...], value: object) -> None:
    with pytest.raises(NotThisShape):
        from_data(Everything, damaged(path, value))


@pytest.mark.parametrize("data", [None, [], "tree", 1, {"tree": None}])
def test_the_wrong_thing_altogether_is_refused(data: object) -> None:
    with pytest.raises(NotThisShape):
        from_data(Everything, data)


@dataclass(frozen=True)
class Twin:
    value: str


@dataclass(frozen=True)
class OtherTwin:
    value: str


def test_a_union_whose_members_look_alike_is_refused_not_guessed() -> None:
    with pytest.raises(NotThisShape, match="2 fit"):
        from_data(Union[Twin, OtherTwin], {"value": "x"})  # type: ignore[arg-type]


def test_a_value_json_cannot_hold_is_refused_when_saving() -> None:
    with pytest.raises(TypeError):
        to_data({1: "not a text key"})
    with pytest.raises(TypeError):
        to_data({"a", "set"})
