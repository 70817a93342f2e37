"""A reference agency endpoint for tests and the demo: receives FHIR transactions from the hub
and lets a caseworker decide them on a plain web page."""
