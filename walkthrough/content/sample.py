"""The sample clinic's details, as shipped: every clinic puts in its own before patients use it.

Kept here, once: `walkthrough check` warns while a clinic.yaml still has any of them, and a
kiosk started on them logs the same warning.
"""

from __future__ import annotations

from walkthrough.content.model import ClinicSettings

SAMPLE_CLINIC: dict[str, str] = {
    "name": "Riverside Acupuncture Clinic",
    "phone": "555-0100",  # 555-01xx numbers are reserved for fiction in North America
    "emergency_number": "911",  # right for the US and Canada only
}
"""The values of the bundled content/clinic.yaml, by key."""


def still_sample(clinic: ClinicSettings) -> list[str]:
    """The keys of clinic.yaml that still hold the sample's value."""
    return [key for key, value in SAMPLE_CLINIC.items() if getattr(clinic, key).strip() == value]


def sample_warning(clinic: ClinicSettings, where: str = "clinic.yaml") -> str | None:
    """A line telling staff which sample details are left in `where`, or None if none are."""
    keys = still_sample(clinic)
    if not keys:
        return None
    named = keys[0] if len(keys) == 1 else ", ".join(keys[:-1]) + " and " + keys[-1]
    values = ", ".join(getattr(clinic, key) for key in keys)
    verb = "is" if len(keys) == 1 else "are"
    return (
        f"{where}: {named} {verb} still the sample's ({values}); "
        "put in your clinic's own before patients use it"
    )
