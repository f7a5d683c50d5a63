"""Keys and their protection: key slots (Argon2id + AES-256-GCM wrapping of the master key),
the recovery code, the optional OS-keyring device slot, the audit hash chain and the
unlock throttle. Nothing here touches the databases."""
