"""Names for JSON values whose form a schema fixes, not Python.

A household document follows resources/contracts/household.schema.json and is checked against it
where it enters; inside the core it is read field by field, so its members stay dynamically typed."""

from __future__ import annotations

from typing import Any

JsonObject = dict[str, Any]  # one parsed JSON object (a household, a person, an attachment ...)
