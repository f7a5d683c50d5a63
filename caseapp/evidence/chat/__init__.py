"""Chat exports read as evidence: Telegram Desktop (JSON and HTML) and KakaoTalk (PC and phone
text, PC CSV), from a folder, a single file or a ``.zip``. Every parser streams: a message is
read, handed on and dropped, so a 200,000-message export costs the memory of one message.
Nothing here touches the store; ``caseapp.services.chat_import`` decides what is kept."""
