from caseapp.takedown.directory import entry, suggested_recipient


def test_each_platform_suggests_an_existing_directory_entry():
    for platform in ("telegram", "x", "instagram", "kakaotalk", "discord", "website"):
        key = suggested_recipient(platform)
        assert key is not None and entry(key) is not None
    assert suggested_recipient(None) is None and suggested_recipient("other") is None
