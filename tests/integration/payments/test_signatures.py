"""Our webhook signature check agrees with the Razorpay SDK's own verify_webhook_signature,
with the published vectors (read from /work/shared when present) and with the fake server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import razorpay
from razorpay.errors import SignatureVerificationError

from payments.fake_razorpay import sign
from payments.webhook import signature_ok

FIXTURES = Path("/work/shared/fixtures/razorpay")


def _sdk_accepts(body: bytes, signature: str, secret: str) -> bool:
    try:
        return bool(razorpay.Utility().verify_webhook_signature(body.decode(), signature, secret))
    except SignatureVerificationError:
        return False


@pytest.mark.skipif(not FIXTURES.exists(), reason="/work/shared fixtures are not on this machine")
def test_published_vectors() -> None:
    vectors = json.loads((FIXTURES / "signature_vectors.json").read_text())
    for vector in vectors["webhook_vectors"]:
        body = (FIXTURES / vector["body_file"]).read_bytes() if "body_file" in vector else vector["body"].encode()
        assert signature_ok(body, vector["signature"], vector["secret"]), vector["source"]
        assert _sdk_accepts(body, vector["signature"], vector["secret"]), vector["source"]
        assert not signature_ok(body.rstrip(b"\n") + b" ", vector["signature"], vector["secret"])
        assert not signature_ok(body, vector["signature"], vector["secret"] + "x")
    for vector in vectors["negative_vectors"]:
        body = vector["body"].encode()
        assert not signature_ok(body, vector["signature"], vector["secret"])
        assert not _sdk_accepts(body, vector["signature"], vector["secret"])


def test_fake_server_signatures_pass_the_sdk() -> None:
    body = json.dumps({"event": "payment_link.paid", "payload": {"amount": 5200, "note": "दो किलो आटा"}}).encode()
    signature = sign(body, "whsec_test")
    assert _sdk_accepts(body, signature, "whsec_test")
    assert signature_ok(body, signature, "whsec_test")
    assert not signature_ok(body, None, "whsec_test")
    assert not signature_ok(body, "", "whsec_test")
    assert not signature_ok(body, signature.upper()[:-1] + "0", "whsec_test")
    assert not signature_ok(body, signature, "")
