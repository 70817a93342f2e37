"""`python -m sync.agency --port 8480 --db agency.db`: the reference agency for the demo."""

from __future__ import annotations

import argparse

import uvicorn

from sync.agency.app import create_agency_app


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m sync.agency", description="Reference agency endpoint (FHIR R4)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8480)
    parser.add_argument("--db", default="agency.db", help="SQLite file for received cases")
    args = parser.parse_args()
    uvicorn.run(create_agency_app(args.db), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
