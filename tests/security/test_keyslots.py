import json

import pytest

from caseapp.errors import BadInput, WrongPassphrase, WrongRecoveryCode
from caseapp.security import keys, keyslots, recovery_code
from caseapp.security.keyslots import Argon2Params, KeySlots
from caseapp.security.throttle import UnlockThrottle, delay_after
from tests.conftest import FAST_KDF


def make_slots():
    master = keys.new_master_key()
    store_id = keys.new_store_id()
    code = recovery_code.generate()
    slots = KeySlots(store_id=store_id, created_at=keyslots.now_iso())
    slots.slots.append(keyslots.new_slot(keyslots.PASSPHRASE, store_id, master, "pass phrase 1",
                                         params=FAST_KDF))
    slots.slots.append(keyslots.new_slot(keyslots.RECOVERY, store_id, master, code))
    return master, slots, code


def test_passphrase_and_recovery_slots_unwrap_the_same_master_key():
    master, slots, code = make_slots()
    assert slots.unlock(keyslots.PASSPHRASE, "pass phrase 1") == master
    assert slots.unlock(keyslots.RECOVERY, code.lower().replace("-", " ")) == master


def test_wrong_secrets_are_refused():
    _master, slots, code = make_slots()
    with pytest.raises(WrongPassphrase):
        slots.unlock(keyslots.PASSPHRASE, "pass phrase 2")
    other = recovery_code.generate()
    assert other != code
    with pytest.raises(WrongRecoveryCode):
        slots.unlock(keyslots.RECOVERY, other)


def _edit_label(slot):
    slot["label"] = "office laptop"


def _edit_created_at(slot):
    slot["created_at"] = "2020-01-01T00:00:00+00:00"


def _edit_id(slot):
    slot["id"] = "0" * 12


def _add_kdf_field(slot):
    slot["kdf"]["note"] = "ignored by the key derivation"


@pytest.mark.parametrize("edit", [_edit_label, _edit_created_at, _edit_id, _add_kdf_field])
@pytest.mark.parametrize("index", [0, 1], ids=["passphrase", "recovery"])
def test_editing_slot_metadata_breaks_the_slot(edit, index):
    """Each edit leaves the key-encryption key exactly as it was, so only the AES-GCM tag
    over the slot's metadata (the associated data) can catch it."""
    _master, slots, code = make_slots()
    secret = ("pass phrase 1", code)[index]
    kind = (keyslots.PASSPHRASE, keyslots.RECOVERY)[index]
    data = json.loads(json.dumps(slots.to_json()))
    edit(data["slots"][index])
    tampered = KeySlots.from_json(data)
    assert keyslots._kek(tampered.slots[index], secret) == keyslots._kek(slots.slots[index],
                                                                         secret)
    with pytest.raises((WrongPassphrase, WrongRecoveryCode)):
        tampered.unlock(kind, secret)


def test_a_slot_moved_to_another_store_is_refused():
    _master, slots, _code = make_slots()
    data = json.loads(json.dumps(slots.to_json()))
    data["store_id"] = keys.new_store_id()
    with pytest.raises(WrongPassphrase):
        KeySlots.from_json(data).unlock(keyslots.PASSPHRASE, "pass phrase 1")


def test_lowering_the_work_factor_breaks_the_slot():
    _master, slots, _code = make_slots()
    data = slots.to_json()
    data["slots"][0]["kdf"]["t"] = 2  # an attacker lowering the work factor
    tampered = KeySlots.from_json(json.loads(json.dumps(data)))
    with pytest.raises(WrongPassphrase):
        tampered.unlock(keyslots.PASSPHRASE, "pass phrase 1")


def test_keyslots_file_holds_no_secret_in_clear(tmp_path):
    master, slots, code = make_slots()
    keyslots.save(tmp_path, slots)
    text = (tmp_path / "keyslots.json").read_text()
    assert master.hex() not in text
    assert code not in text and code.replace("-", "") not in text


def test_save_is_atomic_and_keeps_no_previous_version(tmp_path):
    _m, slots, _c = make_slots()
    keyslots.save(tmp_path, slots)
    slots.slots.pop()
    keyslots.save(tmp_path, slots)
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]


def test_calibration_never_goes_below_the_floor():
    params = keyslots.calibrate(0.05)
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 3
    assert keyslots.calibrate(0).meets_floor
    assert not Argon2Params(1024, 1, 1).meets_floor


def test_recovery_code_format_and_typing_mistakes():
    code = recovery_code.generate()
    groups = code.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert set(code.replace("-", "")) <= set(recovery_code.ALPHABET)
    with pytest.raises(WrongRecoveryCode, match="32 characters"):
        recovery_code.normalise("ABCD")


def test_kit_text_round_trips_the_recovery_slot():
    master, slots, code = make_slots()
    text = keyslots.kit_text(slots)
    assert text.startswith("CASEAPP-RK1:")
    rebuilt = keyslots.slots_from_kit_text(text.lower())
    assert rebuilt.store_id == slots.store_id
    assert rebuilt.unlock(keyslots.RECOVERY, code) == master
    with pytest.raises(BadInput):
        keyslots.slots_from_kit_text(text[:-10])
    with pytest.raises(BadInput):
        keyslots.slots_from_kit_text("hello")


def test_damaged_keyslots_file_gives_a_clear_message(tmp_path):
    (tmp_path / "keyslots.json").write_text("{not json")
    with pytest.raises(BadInput, match="damaged"):
        keyslots.load(tmp_path)


def test_delay_grows_after_repeated_failures(tmp_path):
    assert [delay_after(n) for n in range(6)] == [0, 0, 0, 2, 4, 8]
    assert delay_after(100) == 300
    throttle = UnlockThrottle("00000000-0000-0000-0000-000000000000", tmp_path)
    for _ in range(3):
        throttle.failed()
    assert throttle.seconds_to_wait() > 0
    assert len(throttle.succeeded()) == 3
    assert throttle.seconds_to_wait() == 0


def test_very_long_passphrases_are_accepted():
    from caseapp.security import passphrase_policy

    long_one = "우리 상담소의 아주 긴 암호 문장은 여기에서 끝나지 않고 계속 이어집니다 " * 4
    passphrase_policy.check(long_one)
    assert passphrase_policy.estimate(long_one).acceptable


# The alphabet before L was dropped; a code made with it (one holding L) is what an office
# may still have in its safe.
OLD_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def old_style_code(seed: int = 3) -> str:
    import random

    rng = random.Random(seed)
    raw = "L" + "".join(rng.choice(OLD_ALPHABET) for _ in range(recovery_code.LENGTH - 1))
    return recovery_code.format_code(raw)


def test_generated_codes_never_hold_a_look_alike_character():
    # the kit promises no 0, O, 1, I or L
    for ch in "0O1IL":
        assert ch not in recovery_code.ALPHABET
    seen = set()
    for _ in range(300):
        seen |= set(recovery_code.generate().replace("-", ""))
    assert seen == set(recovery_code.ALPHABET)


def test_a_recovery_code_made_with_the_old_alphabet_still_unlocks():
    master = keys.new_master_key()
    store_id = keys.new_store_id()
    code = old_style_code()
    assert "L" in code
    slots = KeySlots(store_id=store_id, created_at=keyslots.now_iso())
    slots.slots.append(keyslots.new_slot(keyslots.RECOVERY, store_id, master, code))
    again = KeySlots.from_json(json.loads(json.dumps(slots.to_json())))
    assert again.unlock(keyslots.RECOVERY, code.lower().replace("-", " ")) == master


@pytest.mark.parametrize("typed", ["0BCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456-789A",
                                   "OBCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456-789A",
                                   "1BCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456-789A",
                                   "IBCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456-789A"])
def test_a_look_alike_is_refused_with_a_message_that_names_it(typed):
    # nothing is mapped silently: the message says which characters never occur
    with pytest.raises(WrongRecoveryCode, match="never 0, O, 1 or I"):
        recovery_code.normalise(typed)
    assert recovery_code.normalise("A" + typed[1:]).startswith("ABCD")


@pytest.mark.parametrize("field, value", [("kind", keyslots.DEVICE), ("label", "relabelled"),
                                          ("created_at", "2020-01-01T00:00:00+00:00")])
def test_the_tag_covers_each_metadata_field_even_where_the_key_would_not_change(field, value):
    """Changing a slot's kind also changes how its key is derived, so the test above cannot
    edit it alone: here the right key-encryption key meets the edited metadata, and only the
    AES-GCM tag over the associated data can refuse it."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    master, slots, code = make_slots()
    slot = slots.slots[1]  # the recovery slot
    kek = keyslots._kek(slot, code)
    assert AESGCM(kek).decrypt(slot.nonce, slot.wrapped,
                               slot.metadata(slots.store_id)) == bytes(master)
    data = slot.to_json()
    data[field] = value
    edited = keyslots.Slot.from_json(data)
    with pytest.raises(InvalidTag):
        AESGCM(kek).decrypt(edited.nonce, edited.wrapped, edited.metadata(slots.store_id))
