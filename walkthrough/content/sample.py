"""The sample clinic's details: `walkthrough check` and a kiosk's log warn while any are left."""

from __future__ import annotations

from walkthrough.content.model import ClinicSettings

SAMPLE_CLINIC: dict[str, str] = {
    "name": "Riverside Acupuncture Clinic",
    "phone": "555-0100",  # 555-01xx numbers are reserved for fiction in North America
    "emergency_number": "911",  # right for the US and Canada only
}


def sample_warning(clinic: ClinicSettings, where: str = "clinic.yaml") -> str | None:
    """A line telling staff which sample details are left in `where`, or None if none are."""
    keys = [key for key, value in SAMPLE_CLINIC.items() if getattr(clinic, key).strip() == value]
    if not keys:
        return None
    named = keys[0] if len(keys) == 1 else ", ".join(keys[:-1]) + " and " + keys[-1]
    values = ", ".join(getattr(clinic, key) for key in keys)
    verb = "is" if len(keys) == 1 else "are"
    return (
        f"{where}: {named} {verb} still the sample's ({values}); "
        "put in your clinic's own before patients use it"
    )
