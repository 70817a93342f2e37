"""The hub's tables (SQLAlchemy Core; the same schema on SQLite and PostgreSQL).

Times are naive UTC. JSON is kept as text so the changes feed can pass a stored household
document through without decoding and re-encoding it.
"""

from __future__ import annotations

from sqlalchemy import (BigInteger, Boolean, Column, DateTime, Index, Integer, LargeBinary, MetaData, String, Table,
                        Text, UniqueConstraint)

metadata = MetaData()

meta = Table(  # epoch, signing secret, compaction horizon
    "hub_meta", metadata,
    Column("key", String(32), primary_key=True),
    Column("value", Text, nullable=False),
)

counter = Table(  # change_seq: taken under a row lock so sequence order is commit order
    "hub_counter", metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

enrollment_code = Table(
    "enrollment_code", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("scope", String(64), nullable=False),
    Column("officer", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("used_at", DateTime),
    Column("device_id", String(36)),
)

device = Table(
    "device", metadata,
    Column("id", String(36), primary_key=True),
    Column("key_id", String(16), nullable=False, unique=True),
    Column("public_key", LargeBinary, nullable=False),
    Column("scope", String(64), nullable=False),
    Column("officer", String(64), nullable=False),
    Column("label", String(64), nullable=False),
    Column("refresh_hash", String(64), nullable=False),
    Column("status", String(16), nullable=False),  # active | revoked
    Column("enrolled_at", DateTime, nullable=False),
    Column("last_seen_at", DateTime),
    Column("audit_head", String(64)),
    Column("audit_seq", Integer),
)

nonce = Table(
    "request_nonce", metadata,
    Column("device_id", String(36), primary_key=True),
    Column("nonce", String(32), primary_key=True),
    Column("created_at", DateTime, nullable=False, index=True),
)

household = Table(
    "hub_household", metadata,
    Column("household_no", String(8), primary_key=True),
    Column("scope", String(64), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("updated_at", DateTime, nullable=False),
)

household_history = Table(  # every version ever replaced, including the losing side of a merge
    "hub_household_history", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("household_no", String(8), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
    Column("source", String(24), nullable=False),
    Column("device_id", String(36)),
    Column("at", DateTime, nullable=False),
)

change_log = Table(
    "change_log", metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("scope", String(80), nullable=False),  # a scope name, "*" for everyone, "device:<id>"
    Column("kind", String(16), nullable=False),  # household | application | refdata | command | subscription
    Column("key", String(96), nullable=False),
    Column("version", Integer, nullable=False),
    Column("op", String(16), nullable=False),  # upsert | delete | out_of_scope
    Column("data", Text),
    Column("at", DateTime, nullable=False),
    Index("ix_change_log_scope_seq", "scope", "seq"),
)

application = Table(
    "hub_application", metadata,
    Column("id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False, index=True),
    Column("scope", String(64), nullable=False),
    Column("household_no", String(8), nullable=False),
    Column("service", String(4), nullable=False),
    Column("person", String(10)),
    Column("agency", String(64), nullable=False),
    Column("latest_revision", Integer, nullable=False),
    Column("status", String(16), nullable=False, index=True),  # received | review | approved | rejected | need_documents | invalid
    Column("decision", Text),
    Column("updated_at", DateTime, nullable=False),
)

revision = Table(
    "hub_revision", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("application_id", String(36), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("body", Text, nullable=False),
    Column("status", String(16), nullable=False),  # accepted | rejected
    Column("problems", Text),
    Column("device_id", String(36), nullable=False),
    Column("received_at", DateTime, nullable=False),
    UniqueConstraint("application_id", "revision", name="uq_hub_revision_application_revision"),
)

idempotency = Table(
    "idempotency", metadata,
    Column("device_id", String(36), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("fingerprint", String(64), nullable=False),  # what was asked: method, path and body digest
    Column("state", String(12), nullable=False),  # processing | done
    Column("status_code", Integer),
    Column("response", Text),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

blob = Table(
    "hub_blob", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

blob_owner = Table(  # which scopes proved they hold a blob (uploaded its bytes): HEAD and references see only these
    "hub_blob_owner", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("scope", String(64), primary_key=True),
    Column("created_at", DateTime, nullable=False),
)

upload = Table(
    "hub_upload", metadata,
    Column("id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("length", BigInteger, nullable=False),
    Column("offset", BigInteger, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
)

upload_chunk = Table(
    "hub_upload_chunk", metadata,
    Column("upload_id", String(36), primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

audit_anchor = Table(  # every audit chain head a device sent, so a rewind or a rewrite shows
    "hub_audit_anchor", metadata,
    Column("device_id", String(36), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("head", String(64), nullable=False),
    Column("received_at", DateTime, nullable=False),
)

audit_refusal = Table(  # every anchor the hub refused: a rewound or rewritten chain, for the operator to see
    "hub_audit_refusal", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("device_id", String(36), nullable=False, index=True),
    Column("code", String(32), nullable=False),  # audit_rewound | audit_rewritten
    Column("seq", BigInteger, nullable=False),
    Column("head", String(64), nullable=False),
    Column("received_at", DateTime, nullable=False),
)

command = Table(
    "device_command", metadata,
    Column("id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # lock | unlock | wipe
    Column("created_at", DateTime, nullable=False),
    Column("acked_at", DateTime),
)

delivery = Table(  # the agency outbox: written with the revision it carries, sent by sync/hub/delivery
    "hub_delivery", metadata,
    Column("id", String(36), primary_key=True),  # uuid5 of application, revision and agency: stable at the agency
    Column("application_id", String(36), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("agency", String(64), nullable=False),
    Column("connector", String(16), nullable=False),
    Column("endpoint", String(300), nullable=False),
    Column("routing_version", String(32), nullable=False),
    Column("state", String(16), nullable=False),  # pending | delivered | decided | dead | superseded
    Column("attempts", Integer, nullable=False),
    Column("due_at", DateTime, nullable=False, index=True),  # next send, or next poll of the agency's Task
    Column("last_error", Text),
    Column("task_url", String(300)),
    Column("created_at", DateTime, nullable=False),
    Column("delivered_at", DateTime),
    Column("updated_at", DateTime, nullable=False),
    UniqueConstraint("application_id", "revision", "agency", name="uq_hub_delivery_revision_agency"),
)

status_key = Table(  # the status page's lookup: HMAC of (tracking number, birth date), see sync/hub/status_keys.py
    "hub_status_key", metadata,
    Column("key", String(64), primary_key=True),
    Column("application_id", String(36), nullable=False, index=True),
    Column("created_at", DateTime, nullable=False),
)

# -- the citizen's own e-housekeeper (issue 24): subscriptions and their notifications ---------------

subscription = Table(  # a citizen's (or proxy's) opt-in, uploaded by a device: sync/hub/subscriptions.py
    "hub_subscription", metadata,
    Column("id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False, index=True),  # the device that made it owns it
    Column("scope", String(64), nullable=False),
    Column("household_no", String(8)),
    Column("language", String(8), nullable=False),
    Column("document", Text, nullable=False),  # the uploaded JSON, contacts included: personal data, never logged
    Column("state", String(12), nullable=False),  # active | withdrawn
    Column("withdrawn_at", DateTime),
    Column("withdrawn_by", String(16)),  # device | link | sms_stop
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

subscription_application = Table(  # which applications' news a subscription wants (for the decision hook)
    "hub_subscription_application", metadata,
    Column("subscription_id", String(36), primary_key=True),
    Column("application_id", String(36), primary_key=True, index=True),
)

subscription_contact = Table(  # a keyed hash of each SMS/e-mail address: STOP replies and the daily cap find it
    "hub_subscription_contact", metadata,
    Column("subscription_id", String(36), primary_key=True),
    Column("kind", String(8), primary_key=True),  # sms | email
    Column("address_key", String(64), nullable=False, index=True),
)

notification = Table(  # news for one subscription, written in the transaction that made the news
    "hub_notification", metadata,
    Column("id", String(36), primary_key=True),  # uuid5 of subscription and news key: written once
    Column("subscription_id", String(36), nullable=False, index=True),
    Column("kind", String(12), nullable=False),  # decision | reminder
    Column("news_key", String(160), nullable=False),  # decision:<application>:<revision>:<status> | due:<kind>:...
    Column("application_id", String(36)),
    Column("urgent", Boolean, nullable=False),  # a decision: past the daily cap
    Column("state", String(12), nullable=False),  # pending | composed | cancelled
    Column("message_key", String(36)),  # the messages it went out in
    Column("created_at", DateTime, nullable=False),
)

notify_message = Table(  # one message to one channel of a subscription: the send outbox and its log
    "hub_notify_message", metadata,
    Column("id", String(36), primary_key=True),  # also the Message-ID / the SMS gateway's client reference
    Column("message_key", String(36), nullable=False, index=True),  # shared by the channels of one composition
    Column("subscription_id", String(36), nullable=False, index=True),
    Column("channel", String(8), nullable=False),  # sms | email
    Column("address_key", String(64), nullable=False, index=True),
    Column("local_day", String(10), nullable=False),  # the subscriber's calendar day it was composed on (daily cap)
    Column("urgent", Boolean, nullable=False),
    Column("subject", Text, nullable=False),
    Column("body", Text, nullable=False),  # no personal data: a masked tracking number, links, a hotline
    Column("state", String(12), nullable=False),  # pending | delivered | failed | bounced | cancelled
    Column("attempts", Integer, nullable=False),
    Column("due_at", DateTime, nullable=False, index=True),
    Column("last_error", Text),
    Column("created_at", DateTime, nullable=False),
    Column("sent_at", DateTime),
    Column("updated_at", DateTime, nullable=False),
)

notify_attempt = Table(  # every send attempt and how it ended: the operator's log, no addresses
    "hub_notify_attempt", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("message_id", String(36), nullable=False, index=True),
    Column("attempt", Integer, nullable=False),
    Column("outcome", String(12), nullable=False),  # delivered | retry | failed | bounced
    Column("reason", Text),
    Column("at", DateTime, nullable=False),
)

notify_gateway_id = Table(  # the SMS gateway's own id of a message it accepted: its delivery reports name it
    "hub_notify_gateway_id", metadata,
    Column("gateway_id", String(128), primary_key=True),
    Column("message_id", String(36), nullable=False, index=True),
)

# -- agency delivery: batch files, acknowledgements and retention, the delivery audit (sync/hub/delivery) --

batch_row = Table(  # which day's file of its agency a batch-file delivery is in: it stays there, re-runs included
    "hub_batch_row", metadata,
    Column("delivery_id", String(36), primary_key=True),
    Column("agency", String(64), nullable=False),
    Column("day", String(10), nullable=False),  # YYYY-MM-DD in Asia/Taipei
    Column("row_no", Integer, nullable=False),
    Column("file", String(200)),  # the name it was written under
    Column("written_at", DateTime),
    Index("ix_hub_batch_row_agency_day", "agency", "day"),
)

delivery_ack = Table(  # an agency acknowledged a delivery (FHIR: stored it; batch file: answered its row)
    "hub_delivery_ack", metadata,
    Column("delivery_id", String(36), primary_key=True),
    Column("agency", String(64), nullable=False),
    Column("acknowledged_at", DateTime, nullable=False),
    Column("purge_after", DateTime, nullable=False, index=True),  # the agency's retention days later
    Column("purged_at", DateTime),
)

backup = Table(  # backups `kiosk-hub backup` wrote: retention purges reach the payloads in them too
    "hub_backup", metadata,
    Column("path", String(1000), primary_key=True),
    Column("taken_at", DateTime, nullable=False),
)

delivery_audit = Table(  # what was handed to whom and when, and what was purged: ids, counts, hashes, no personal data
    "hub_delivery_audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False, index=True),
    Column("action", String(24), nullable=False),  # batch_written | results_imported | purged | ...
    Column("agency", String(64)),
    Column("delivery_id", String(36), index=True),
    Column("detail", Text),
)
