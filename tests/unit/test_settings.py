"""Settings from the environment, and back (a worker process gets its parent's settings)."""

from __future__ import annotations

import pytest

from webhooks.settings import Settings


def test_settings_survive_the_trip_through_the_environment() -> None:
    settings = Settings(database_url="sqlite+aiosqlite:////tmp/x.db", host="0.0.0.0", port=9000, demo=True,
                        log_level="DEBUG", shutdown_timeout_s=2.5, workers=3, whatsapp_token="tok",
                        whatsapp_phone_id="123", whatsapp_app_secret="s3cret", telegram_token="1:abc",
                        jwt_secret="j" * 40, redis_url="redis://127.0.0.1:6379/0", razorpay_key_id="rzp_test_1",
                        razorpay_key_secret="ks", razorpay_webhook_secret="ws",
                        razorpay_api_url="http://127.0.0.1:9100", payment_expiry_minutes=30)
    env = settings.to_env()
    assert env["VYAPAR_DEMO"] == "1" and env["WORKERS"] == "3" and env["SHUTDOWN_TIMEOUT"] == "2.5"
    assert (env["RAZORPAY_KEY_ID"], env["RAZORPAY_API_URL"], env["PAYMENT_EXPIRY_MINUTES"]) == (
        "rzp_test_1", "http://127.0.0.1:9100", "30")
    assert Settings.from_env(env) == settings


def test_a_worker_process_knows_it_is_one() -> None:
    assert not Settings().is_worker
    assert Settings.from_env({"VYAPAR_ROLE": "worker"}).is_worker


@pytest.mark.parametrize(("env", "message"), [
    ({"WORKERS": "-1"}, "WORKERS must be 0 or more"),
    ({"WORKERS": "two"}, "WORKERS must be a number"),
    ({"PORT": "80a"}, "PORT must be a number"),
    ({"VYAPAR_ROLE": "boss"}, "VYAPAR_ROLE must be web or worker"),
    ({"PAYMENT_EXPIRY_MINUTES": "0"}, "PAYMENT_EXPIRY_MINUTES must be 1 or more"),
    ({"PAYMENT_EXPIRY_MINUTES": "-15"}, "PAYMENT_EXPIRY_MINUTES must be 1 or more"),
    ({"PAYMENT_EXPIRY_MINUTES": "quarter"}, "PAYMENT_EXPIRY_MINUTES must be a number"),
])
def test_bad_settings_are_refused_by_name(env: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Settings.from_env(env)
