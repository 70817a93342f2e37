"""Retry timing of deliveries: exponential, capped, jittered; Retry-After in both forms."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from sync.hub.delivery import DeliveryPolicy
from sync.hub.delivery.fhir_connector import decision_of, retry_after
from sync.hub.delivery.worker import backoff_s


def test_backoff_doubles_up_to_the_cap_and_spreads_within_the_upper_half():
    random.seed(3)
    policy = DeliveryPolicy(base_s=2.0, cap_s=60.0)
    for attempts, step in ((1, 2.0), (2, 4.0), (3, 8.0), (5, 32.0), (6, 60.0), (20, 60.0)):
        delays = [backoff_s(policy, attempts) for _ in range(200)]
        assert all(step / 2 <= d <= step for d in delays)
        assert max(delays) - min(delays) > step / 4  # jittered, not one value


def test_retry_after_reads_seconds_and_http_dates():
    assert retry_after("7") == 7.0
    later = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=120), usegmt=True)
    assert 100 <= retry_after(later) <= 120
    assert retry_after("soon") is None and retry_after(None) is None


def test_task_states_map_to_decisions_and_work_in_progress_is_none():
    assert decision_of({"status": "completed"}) == ("approved", "")
    assert decision_of({"status": "rejected", "statusReason": {"text": "不符"}}) == ("rejected", "不符")
    need = {"status": "on-hold", "businessStatus": {"coding": [{"code": "need-documents"}]},
            "statusReason": {"text": "請補件"}}
    assert decision_of(need) == ("need_documents", "請補件")
    assert decision_of({"status": "on-hold"}) is None and decision_of({"status": "in-progress"}) is None
