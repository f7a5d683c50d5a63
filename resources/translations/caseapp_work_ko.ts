<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Backup</name>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="72" />
        <source>No backup has been made yet.</source>
        <translation>아직 백업한 적이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="79" />
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/backup_dialog.py" line="81" />
        <source>%n day(s) ago</source>
        <translation><numerusform>%n일 전</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="82" />
        <source>Last backup: %1 (%2).</source>
        <translation>마지막 백업: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/backup_dialog.py" line="144" />
        <source>You are reminded when the last backup is more than %n day(s) old.</source>
        <translation><numerusform>마지막 백업 후 %n일이 지나면 알려 드립니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="155" />
        <source>Choose a folder.</source>
        <translation>폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="157" />
        <source>This folder is inside the CaseApp data folder: a backup there is lost with the computer. Choose another folder, ideally on a USB drive kept in the office safe.</source>
        <translation>이 폴더는 CaseApp 데이터 폴더 안에 있어 컴퓨터를 잃으면 백업도 함께 잃습니다. 다른 폴더를 고르세요. 사무실 금고에 보관하는 USB 드라이브가 가장 좋습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="161" />
        <source>The backup is encrypted like the data itself: it opens only with the passphrase or the recovery code.</source>
        <translation>백업은 데이터와 똑같이 암호화되어 암호 문구나 복구 코드로만 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="169" />
        <source>Where to save backups</source>
        <translation>백업을 저장할 곳</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="201" />
        <source>Backing up…</source>
        <translation>백업하는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="203" />
        <location filename="../../caseapp/gui/backup_dialog.py" line="297" />
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="218" />
        <location filename="../../ui/backup_dialog.ui" line="176" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="231" />
        <source>Backup written to %1 (%2 written).</source>
        <translation>백업을 %1에 저장했습니다 (%2 기록).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/backup_dialog.py" line="234" />
        <source>%n unchanged part(s) were not copied again.</source>
        <translation><numerusform>바뀌지 않은 부분 %n개는 다시 복사하지 않았습니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="236" />
        <source>Keep it away from this computer, e.g. on a USB drive in the office safe.</source>
        <translation>이 컴퓨터와 떨어진 곳에 보관하세요. 예: 사무실 금고의 USB 드라이브.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="249" />
        <source>Cancelled. No backup file was left behind.</source>
        <translation>취소했습니다. 백업 파일은 남지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="252" />
        <source>The backup was not written.</source>
        <translation>백업을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="263" />
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="283" />
        <source>A backup holds every case and all evidence, still encrypted. Make one at least weekly and keep it away from this computer.</source>
        <translation>백업에는 모든 사건과 증거가 암호화된 채로 담깁니다. 적어도 매주 한 번 만들고 이 컴퓨터와 떨어진 곳에 보관하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="6" />
        <source>Back up</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="43" />
        <source>&amp;Save to:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="58" />
        <source>&amp;Choose…</source>
        <translation>선택(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="77" />
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="99" />
        <source>One &amp;backup file (.cabk)</source>
        <translation>백업 파일 하나(&amp;B) (.cabk)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="109" />
        <source>&amp;Incremental backup folder (copies only what changed since the last backup there)</source>
        <translation>증분 백업 폴더(&amp;I) (그 폴더에 마지막으로 백업한 뒤 바뀐 부분만 복사)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="121" />
        <source>Backup progress</source>
        <translation>백업 진행 상황</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="146" />
        <source>&amp;Open the folder</source>
        <translation>폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="166" />
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="362" />
        <source>Backup:</source>
        <translation>백업:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="364" />
        <source>&amp;Back up now…</source>
        <translation>지금 백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="365" />
        <source>Backup &amp;reminder:</source>
        <translation>백업 알림(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup_dialog.py" line="366" />
        <source>days (0 = off)</source>
        <translation>일 (0 = 끔)</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="491" />
        <source>matches its SHA-256</source>
        <translation>SHA-256 일치</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="492" />
        <source>does NOT match its SHA-256</source>
        <translation>SHA-256 불일치</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="496" />
        <source>package %1</source>
        <translation>묶음 %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="498" />
        <source>from a %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="506" />
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="506" />
        <source>link</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="506" />
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="507" />
        <source>chat log</source>
        <translation>대화 기록</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="510" />
        <source>Chain of custody of %1</source>
        <translation>%1의 증거 관리 이력</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="512" />
        <source>Every acquisition, reveal, export and verification of %1, oldest first. These entries cannot be changed.</source>
        <translation>%1의 수집, 공개, 내보내기, 검증 기록입니다 (오래된 순). 이 기록은 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_custody_dialog.ui" line="6" />
        <location filename="../../ui/evidence_custody_dialog.ui" line="28" />
        <source>Chain of custody</source>
        <translation>증거 관리 이력</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_custody_dialog.ui" line="53" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_custody_dialog.ui" line="58" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_custody_dialog.ui" line="63" />
        <source>Who</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_custody_dialog.ui" line="68" />
        <source>Details</source>
        <translation>세부 사항</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="298" />
        <source>(not set)</source>
        <translation>(지정 안 함)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="369" />
        <source>channel %1</source>
        <translation>채널 %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="372" />
        <source>message %1</source>
        <translation>메시지 %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="374" />
        <source>account %1</source>
        <translation>계정 %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="376" />
        <source>private invite link</source>
        <translation>비공개 초대 링크</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="377" />
        <source>Recognised: %1</source>
        <translation>인식한 정보: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="424" />
        <source>Add a link</source>
        <translation>링크 추가</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="426" />
        <source>Paste the address of the post, message, channel or account. The platform, channel and message ID are read from it; complete the rest. Nothing is downloaded.</source>
        <translation>게시물, 메시지, 채널 또는 계정의 주소를 붙여 넣으세요. 플랫폼, 채널, 메시지 ID는 주소에서 읽어 채웁니다. 나머지를 채워 주세요. 아무것도 내려받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="430" />
        <source>Add a note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="432" />
        <source>An observation without a file or link, e.g. what the victim saw in a chat room that has since been deleted.</source>
        <translation>파일이나 링크 없이 남기는 관찰 기록입니다. 예: 지금은 삭제된 대화방에서 피해자가 본 내용.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="435" />
        <source>Details of %1</source>
        <translation>%1 세부 정보</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="437" />
        <source>The file and its hashes stay as they are; these details describe where it was found.</source>
        <translation>파일과 해시는 그대로 유지됩니다. 여기서는 어디에서 발견했는지를 적습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="439" />
        <source>Found &amp;at (link):</source>
        <translation>발견 위치(&amp;A) (링크):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="6" />
        <source>Evidence details</source>
        <translation>증거 세부 정보</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="33" />
        <source>&amp;Link:</source>
        <translation>링크(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="43" />
        <source>Paste the link, e.g. https://t.me/channel/123</source>
        <translation>링크를 붙여 넣으세요. 예: https://t.me/channel/123</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="60" />
        <source>&amp;Platform:</source>
        <translation>플랫폼(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="73" />
        <source>C&amp;hannel or chat room:</source>
        <translation>채널 또는 대화방(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="86" />
        <source>Channel &amp;ID:</source>
        <translation>채널 ID(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="99" />
        <source>&amp;Message ID:</source>
        <translation>메시지 ID(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="112" />
        <source>P&amp;oster account:</source>
        <translation>게시자 계정(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="125" />
        <source>Captured &amp;at:</source>
        <translation>수집 일시(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="137" />
        <source>Known</source>
        <translation>알고 있음</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="176" />
        <source>Captured &amp;by:</source>
        <translation>수집한 사람(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="186" />
        <source>Who saved or photographed it (victim, counsellor…)</source>
        <translation>저장하거나 촬영한 사람 (피해자, 상담원 등)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="193" />
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="203" />
        <source>What the item shows, in neutral words. Avoid names.</source>
        <translation>무엇이 담겼는지 중립적으로 적으세요. 이름은 적지 마세요.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="172" />
        <source>Code</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="172" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="172" />
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="173" />
        <source>URL or file name</source>
        <translation>URL 또는 파일 이름</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="173" />
        <source>Captured at</source>
        <translation>수집 일시</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="173" />
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="174" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="174" />
        <source>Check</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="181" />
        <source>— no stored copy</source>
        <translation>— 보관본 없음</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="182" />
        <source>✓ matches</source>
        <translation>✓ 일치</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="182" />
        <source>✗ problem</source>
        <translation>✗ 문제</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="208" />
        <source>SHA-256: %1
Ctrl+C copies it.</source>
        <translation>SHA-256: %1
Ctrl+C로 복사합니다.</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="57" />
        <location filename="../../caseapp/gui/evidence_preview.py" line="293" />
        <source>Evidence preview</source>
        <translation>증거 미리보기</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="108" />
        <location filename="../../caseapp/gui/evidence_preview.py" line="300" />
        <source>Select an evidence item to see it here.</source>
        <translation>증거를 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="120" />
        <location filename="../../caseapp/gui/evidence_preview.py" line="309" />
        <source>Preparing a blurred preview…</source>
        <translation>흐린 미리보기를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="139" />
        <location filename="../../caseapp/gui/evidence_preview.py" line="150" />
        <source>No preview could be made for this item.</source>
        <translation>이 항목은 미리보기를 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="175" />
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 픽셀</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="181" />
        <source>The content of this file was not kept (no consent to keep copies). Its hashes are recorded.</source>
        <translation>이 파일의 내용은 보관하지 않았습니다 (사본 보관 동의 없음). 해시는 기록되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="184" />
        <source>unknown type</source>
        <translation>알 수 없는 유형</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="185" />
        <source>No picture preview for this kind of file (%1).</source>
        <translation>이런 종류의 파일은 그림 미리보기가 없습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="186" />
        <source>This item has no file; see its details below.</source>
        <translation>이 항목에는 파일이 없습니다. 아래 세부 정보를 보세요.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="201" />
        <source>Content warning</source>
        <translation>콘텐츠 주의</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="202" />
        <source>This image may show sexual or violent material.</source>
        <translation>이 이미지에는 성적이거나 폭력적인 내용이 있을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="204" />
        <source>It is shown unblurred until you select another item or leave this view. Seeing it is recorded in the item's chain of custody. Take a moment first if you need one.</source>
        <translation>다른 항목을 선택하거나 이 화면을 떠날 때까지 흐림 없이 표시됩니다. 열람 사실은 증거 관리 이력에 기록됩니다. 필요하면 잠시 숨을 고른 뒤 여세요.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="207" />
        <source>Show the image</source>
        <translation>이미지 보기</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="209" />
        <source>Keep it blurred</source>
        <translation>흐리게 두기</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="258" />
        <source>Preview blurred again.</source>
        <translation>미리보기를 다시 흐리게 했습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="289" />
        <source>&amp;Reveal image…</source>
        <translation>이미지 보기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="290" />
        <source>Show this image unblurred, after a content warning. Recorded in the chain of custody.</source>
        <translation>주의 문구를 확인한 뒤 이미지를 흐림 없이 봅니다. 증거 관리 이력에 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/evidence_preview.py" line="292" />
        <source>&amp;Blur again</source>
        <translation>다시 흐리게(&amp;B)</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="591" />
        <source>Copy SHA-256</source>
        <translation>SHA-256 복사</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="592" />
        <source>Edit details…</source>
        <translation>세부 정보 편집…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="593" />
        <source>Chain of custody…</source>
        <translation>증거 관리 이력…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="594" />
        <source>Request takedown…</source>
        <translation>삭제 요청…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="606" />
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="628" />
        <source>Files are kept encrypted in this case (the victim agreed to keep copies).</source>
        <translation>파일은 이 사건에 암호화되어 보관됩니다 (피해자가 사본 보관에 동의함).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="631" />
        <source>No consent to keep copies: files are hashed and their content is discarded; only the hashes are kept.</source>
        <translation>사본 보관 동의가 없습니다: 파일은 해시만 계산하고 내용은 버립니다. 해시만 남습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="634" />
        <source>Exporting for police needs the victim's consent to share with police.</source>
        <translation>경찰 제출용 내보내기에는 피해자의 경찰 제공 동의가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="706" />
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="707" />
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="708" />
        <source>Channel or chat room</source>
        <translation>채널 또는 대화방</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="709" />
        <source>Channel ID</source>
        <translation>채널 ID</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="710" />
        <source>Message ID</source>
        <translation>메시지 ID</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="711" />
        <source>Poster account</source>
        <translation>게시자 계정</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="714" />
        <source>Captured at</source>
        <translation>수집 일시</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="715" />
        <source>Captured by</source>
        <translation>수집한 사람</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="716" />
        <source>File name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="718" />
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="719" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="721" />
        <source>Dimensions</source>
        <translation>크기(픽셀)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="726" />
        <source>PDQ quality</source>
        <translation>PDQ 품질</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="729" />
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="730" />
        <source>Taken at (EXIF)</source>
        <translation>촬영 일시 (EXIF)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="731" />
        <source>Software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="733" />
        <source>The original contains GPS location data.</source>
        <translation>원본에 GPS 위치 정보가 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="735" />
        <source>Content kept in the encrypted store.</source>
        <translation>내용은 암호화된 저장소에 보관되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="736" />
        <source>Content not kept (no consent to keep copies).</source>
        <translation>내용은 보관하지 않았습니다 (사본 보관 동의 없음).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="742" />
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="750" />
        <source>Add evidence files</source>
        <translation>증거 파일 추가</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="784" />
        <source>%n item(s) skipped: only files can be added, not folders.</source>
        <translation><numerusform>%n개를 건너뛰었습니다: 폴더가 아니라 파일만 추가할 수 있습니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="845" />
        <source>Preparing…</source>
        <translation>준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="855" />
        <source>File %1 of %2</source>
        <translation>파일 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="858" />
        <source>%n more waiting</source>
        <translation><numerusform>%n개 대기 중</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="867" />
        <source>Adding %1</source>
        <translation>%1 추가하는 중</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="880" />
        <source>Cancelling… the file being added is not kept.</source>
        <translation>취소하는 중… 추가하던 파일은 보관하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="922" />
        <source>%n file(s) added.</source>
        <translation><numerusform>파일 %n개를 추가했습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="924" />
        <source>%n file(s) could not be added.</source>
        <translation><numerusform>파일 %n개는 추가하지 못했습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="926" />
        <source>%n file(s) match evidence already stored: see below.</source>
        <translation><numerusform>파일 %n개가 이미 보관된 증거와 일치합니다: 아래를 보세요.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="929" />
        <source>Cancelled: the file being added when you cancelled was not stored; files not yet started were not added.</source>
        <translation>취소했습니다: 취소할 때 추가하던 파일은 보관하지 않았고, 아직 시작하지 않은 파일도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="944" />
        <source>Duplicate: the same file (identical SHA-256) is already evidence %1 in case %2.</source>
        <translation>중복: 같은 파일(SHA-256 동일)이 이미 사건 %2의 증거 %1입니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="947" />
        <source>Looks like evidence %1 in case %2 (similar image, PDQ distance %3).</source>
        <translation>사건 %2의 증거 %1과 비슷합니다 (유사 이미지, PDQ 거리 %3).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="969" />
        <source>The file could not be read (%1).</source>
        <translation>파일을 읽을 수 없습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1018" />
        <source>Added %1.</source>
        <translation>%1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1039" />
        <source>Saved the details of %1.</source>
        <translation>%1의 세부 정보를 저장했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1059" />
        <source>Copied %n SHA-256 value(s).</source>
        <translation><numerusform>SHA-256 값 %n개를 복사했습니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1082" />
        <source>Checking the stored evidence against its SHA-256…</source>
        <translation>보관된 증거를 SHA-256과 대조하는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1091" />
        <source>%n item(s) checked: every stored copy matches its SHA-256.</source>
        <translation><numerusform>%n개 항목 검증: 보관본이 모두 SHA-256과 일치합니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1096" />
        <source>Evidence check</source>
        <translation>증거 검증</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1097" />
        <source>%n item(s) do not check out. Do not hand them over until this is resolved; restore them from a backup if you can.</source>
        <translation><numerusform>%n개 항목이 검증을 통과하지 못했습니다. 해결될 때까지 제출하지 마시고, 가능하면 백업에서 복원하세요.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1116" />
        <source>Consent needed</source>
        <translation>동의 필요</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1120" />
        <source>Open the Consent section</source>
        <translation>동의 탭 열기</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1135" />
        <source>Export the evidence package</source>
        <translation>증거 묶음 내보내기</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1136" />
        <source>ZIP archive (*.zip);;Folder (*)</source>
        <translation>ZIP 압축 파일 (*.zip);;폴더 (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1146" />
        <source>Writing the evidence package…</source>
        <translation>증거 묶음을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1149" />
        <source>Evidence package written: %1</source>
        <translation>증거 묶음을 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1151" />
        <source>Evidence package written</source>
        <translation>증거 묶음 저장 완료</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1152" />
        <source>%1 items (%2 files) with SHA256SUMS and a manifest were written to:
%3</source>
        <translation>항목 %1개(파일 %2개)를 SHA256SUMS와 목록 파일과 함께 다음 위치에 저장했습니다:
%3</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="11" />
        <source>&amp;Add files…</source>
        <translation>파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="14" />
        <source>Choose files to add as evidence. You can also drop files onto this tab.</source>
        <translation>증거로 추가할 파일을 고르세요. 파일을 이 탭에 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="21" />
        <source>Add &amp;link…</source>
        <translation>링크 추가(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="24" />
        <source>Record a link (Telegram, X, Instagram…) without downloading anything.</source>
        <translation>링크(텔레그램, X, 인스타그램 등)를 아무것도 내려받지 않고 기록합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="31" />
        <source>Add n&amp;ote…</source>
        <translation>메모 추가(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="51" />
        <source>&amp;Verify selected</source>
        <translation>선택 항목 검증(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="54" />
        <source>Re-read the stored content of the selected items and compare it with their SHA-256.</source>
        <translation>선택한 항목의 보관 내용을 다시 읽어 SHA-256과 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="61" />
        <source>Verify a&amp;ll</source>
        <translation>모두 검증(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="68" />
        <source>&amp;Export for police…</source>
        <translation>경찰 제출용 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="71" />
        <source>Write the evidence files with SHA256SUMS and a manifest, for police. Needs the victim's consent to share with police.</source>
        <translation>경찰에 제출할 증거 파일을 SHA256SUMS, 목록 파일과 함께 저장합니다. 피해자의 경찰 제공 동의가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="103" />
        <source>Progress of this file</source>
        <translation>이 파일의 진행 상황</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="120" />
        <source>Progress of all files</source>
        <translation>전체 파일의 진행 상황</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="130" />
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="158" />
        <source>Cl&amp;ose</source>
        <translation>닫기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="167" />
        <source>What happened to each file</source>
        <translation>파일별 처리 결과</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="208" />
        <source>Evidence items</source>
        <translation>증거 항목</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="239" />
        <source>Drop files here to add them. Previews stay blurred until you reveal one.</source>
        <translation>여기에 파일을 끌어다 놓으면 추가됩니다. 미리보기는 직접 열기 전까지 흐리게 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="251" />
        <source>Edit &amp;details…</source>
        <translation>세부 정보 편집(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="258" />
        <source>Chain of c&amp;ustody…</source>
        <translation>증거 관리 이력(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="265" />
        <source>Request &amp;takedown…</source>
        <translation>삭제 요청(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="268" />
        <source>Start a takedown request for the selected items, with their address filled in.</source>
        <translation>선택한 항목으로 삭제 요청을 시작합니다. 주소는 자동으로 채워집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="275" />
        <source>Copy S&amp;HA-256</source>
        <translation>SHA-256 복사(&amp;H)</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../caseapp/gui/followups.py" line="74" />
        <source>My cases</source>
        <translation>내 사건</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/followups.py" line="75" />
        <source>Everyone's cases</source>
        <translation>모든 사건</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/followups.py" line="144" />
        <source>%1 overdue · %2 due today · %3 upcoming</source>
        <translation>기한 지남 %1 · 오늘까지 %2 · 예정 %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/followups.py" line="170" />
        <source>Follow-ups</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/followups.py" line="174" />
        <source>Takedown requests waiting for you: send the request, check whether the material is still online, escalate, verify a removal or re-check for re-uploads. Double-click one to open its case.</source>
        <translation>처리할 삭제 요청 후속 조치입니다: 요청 보내기, 게시 여부 확인, 상위 단계 요청, 삭제 확인, 재유포 재확인. 두 번 누르면 해당 사건이 열립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/followups.ui" line="11" />
        <source>&amp;Show:</source>
        <translation>보기(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/followups.ui" line="24" />
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/followups.ui" line="66" />
        <source>Follow-ups across all cases</source>
        <translation>모든 사건의 후속 조치</translation>
    </message>
    <message>
        <location filename="../../ui/followups.ui" line="91" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/followups.ui" line="96" />
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../../ui/followups.ui" line="101" />
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../../ui/followups.ui" line="106" />
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location filename="../../ui/followups.ui" line="111" />
        <source>Recipient</source>
        <translation>수신처</translation>
    </message>
    <message>
        <location filename="../../ui/followups.ui" line="116" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/followups.ui" line="121" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../ui/followups.ui" line="126" />
        <source>Counsellor</source>
        <translation>상담원</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../caseapp/gui/home.py" line="258" />
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="321" />
        <source>Back up now to keep the cases safe if this computer is lost or breaks.</source>
        <translation>컴퓨터를 잃어버리거나 고장 나도 사건을 지킬 수 있도록 지금 백업하세요.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="332" />
        <source>Hello, %1. Figures for your cases; the chart counts takedown requests sent and removals recorded in the last six months.</source>
        <translation>%1 님, 안녕하세요. 담당 사건의 현황입니다. 그래프는 최근 6개월 동안 보낸 삭제 요청과 기록된 삭제 건수입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="35" />
        <source>&amp;Back up now…</source>
        <translation>지금 백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="63" />
        <source>follow-ups overdue</source>
        <translation>기한 지난 후속 조치</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="95" />
        <source>follow-ups due today</source>
        <translation>오늘까지인 후속 조치</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="127" />
        <source>open cases</source>
        <translation>진행 중인 사건</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="159" />
        <source>cases without activity for 14 days</source>
        <translation>14일 동안 활동 없는 사건</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="199" />
        <location filename="../../ui/home.ui" line="206" />
        <source>Open cases by status</source>
        <translation>상태별 진행 중인 사건</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="234" />
        <location filename="../../ui/home.ui" line="292" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="239" />
        <source>Cases</source>
        <translation>사건 수</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="247" />
        <source>Without activity for 14 days (double-click to open)</source>
        <translation>14일 동안 활동 없음 (두 번 눌러 열기)</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="254" />
        <source>Cases without activity for 14 days</source>
        <translation>14일 동안 활동 없는 사건</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="282" />
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="287" />
        <source>Pseudonym</source>
        <translation>가명</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="297" />
        <source>Last activity</source>
        <translation>마지막 활동</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="321" />
        <source>Takedown requests sent and removals, per month</source>
        <translation>월별 삭제 요청 발송 및 삭제 건수</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="348" />
        <source>Open &amp;follow-ups</source>
        <translation>후속 조치 열기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="355" />
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="335" />
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="400" />
        <source>Writing the letter…</source>
        <translation>요청서를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="343" />
        <source>Check the text before sending it. Copy it into the recipient's web form or e-mail, or save it; then record that it was sent.</source>
        <translation>보내기 전에 내용을 확인하세요. 수신처의 웹 양식이나 전자우편에 붙여 넣거나 파일로 저장한 뒤, 보낸 사실을 기록하세요.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="372" />
        <source>Copied. Paste it into the web form or e-mail; the clipboard is cleared in two minutes.</source>
        <translation>복사했습니다. 웹 양식이나 전자우편에 붙여 넣으세요. 클립보드는 2분 뒤 비워집니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="381" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="382" />
        <source>Text file (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="383" />
        <source>Save the letter</source>
        <translation>요청서 저장</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="392" />
        <source>Saved %1 (SHA-256 %2).</source>
        <translation>%1에 저장했습니다 (SHA-256 %2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="395" />
        <source>Letter saved</source>
        <translation>요청서 저장 완료</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="396" />
        <source>The letter was saved to:
%1</source>
        <translation>요청서를 다음 위치에 저장했습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="403" />
        <source>Letter for %1 to %2</source>
        <translation>%1 요청서 (%2에게)</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_letter_dialog.ui" line="6" />
        <source>Takedown letter</source>
        <translation>삭제 요청서</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_letter_dialog.ui" line="20" />
        <source>&amp;Form:</source>
        <translation>양식(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_letter_dialog.ui" line="33" />
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_letter_dialog.ui" line="46" />
        <source>Name the &amp;victim</source>
        <translation>피해자 이름 포함(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_letter_dialog.ui" line="49" />
        <source>Off unless the recipient needs the name. Showing the name is recorded in the audit log.</source>
        <translation>수신처가 이름을 요구할 때만 켜세요. 이름 표시는 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_letter_dialog.ui" line="74" />
        <source>Letter text</source>
        <translation>요청서 내용</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_letter_dialog.ui" line="93" />
        <source>&amp;Copy text</source>
        <translation>내용 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_letter_dialog.ui" line="96" />
        <source>Copy the text to paste into a web form or an e-mail. The clipboard is cleared again after two minutes.</source>
        <translation>웹 양식이나 전자우편에 붙여 넣을 수 있게 내용을 복사합니다. 클립보드는 2분 뒤 다시 비워집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_letter_dialog.ui" line="103" />
        <source>Save as &amp;PDF…</source>
        <translation>PDF로 저장(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_letter_dialog.ui" line="110" />
        <source>Save as &amp;text…</source>
        <translation>텍스트로 저장(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>NewTakedownDialog</name>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="84" />
        <source>Takedown request %1 created as a draft.</source>
        <translation>삭제 요청 %1을(를) 초안으로 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="204" />
        <source>Shown to the recipient as:</source>
        <translation>수신처에는 이렇게 표시됩니다:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="208" />
        <source>Type or paste the address of the material.</source>
        <translation>촬영물이 있는 주소를 입력하거나 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="248" />
        <source>&amp;Create request</source>
        <translation>요청 만들기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="253" />
        <source>None selected</source>
        <translation>선택 안 함</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="256" />
        <source>A draft request for the selected evidence. Check the address and the recipient, then create it; you write and send the letter next.</source>
        <translation>선택한 증거로 만드는 요청 초안입니다. 주소와 수신처를 확인하고 만드세요. 요청서 작성과 발송은 다음 단계입니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="260" />
        <source>A draft request for one address. To cover evidence items, start from the Evidence section.</source>
        <translation>주소 하나에 대한 요청 초안입니다. 증거를 연결하려면 증거 탭에서 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="265" />
        <source>The selected items have %1 different addresses; one request covers one address, so choose it here and create one request per address.</source>
        <translation>선택한 항목의 주소가 %1개입니다. 요청 하나는 주소 하나를 다루므로, 여기서 주소를 고르고 주소마다 요청을 하나씩 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_new_dialog.ui" line="6" />
        <source>New takedown request</source>
        <translation>새 삭제 요청</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_new_dialog.ui" line="43" />
        <source>&amp;Target:</source>
        <translation>대상(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_new_dialog.ui" line="56" />
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_new_dialog.ui" line="83" />
        <source>&amp;Recipient:</source>
        <translation>수신처(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_new_dialog.ui" line="106" />
        <source>&amp;Channel:</source>
        <translation>신고 경로(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_new_dialog.ui" line="119" />
        <source>As&amp;k to:</source>
        <translation>요청 내용(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_new_dialog.ui" line="132" />
        <source>C&amp;ontent type:</source>
        <translation>촬영물 유형(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_new_dialog.ui" line="145" />
        <source>Evidence:</source>
        <translation>증거:</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_new_dialog.ui" line="162" />
        <source>&amp;What the material is:</source>
        <translation>촬영물 설명(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_new_dialog.ui" line="172" />
        <source>Describe the material, never the person in it.</source>
        <translation>촬영물을 설명하고, 등장하는 사람에 대해서는 적지 마세요.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_new_dialog.ui" line="188" />
        <source>Titles or &amp;keywords:</source>
        <translation>제목 또는 검색어(&amp;K):</translation>
    </message>
</context>
<context>
    <name>PoliceReportDialog</name>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="85" />
        <source>%1 police report</source>
        <translation>%1 수사기관 제출 보고서</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="99" />
        <source>Save the police report</source>
        <translation>수사기관 제출 보고서 저장</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="100" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="109" />
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="111" />
        <source>Choose where to save the report.</source>
        <translation>보고서를 저장할 곳을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="164" />
        <source>Police report written</source>
        <translation>보고서 작성 완료</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="165" />
        <source>Report %1 (%2 pages) was written to:
%3

SHA-256: %4
It is registered in the case; a copy can be matched later with Check a copy.</source>
        <translation>보고서 %1(%2쪽)을 다음 위치에 저장했습니다:
%3

SHA-256: %4
사건에 등록되었으므로 나중에 '사본 확인'으로 사본을 대조할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="201" />
        <source>Writing the police report…</source>
        <translation>보고서를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="207" />
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="213" />
        <source>Police report for %1</source>
        <translation>%1 수사기관 제출 보고서</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="216" />
        <source>The report lists the case, its timeline, every evidence item with its SHA-256 and chain of custody, and the takedown history. Every report is registered so a copy handed to police can be matched later.</source>
        <translation>보고서에는 사건, 경과, 모든 증거와 그 SHA-256 및 증거 관리 이력, 삭제 요청 이력이 담깁니다. 모든 보고서는 등록되므로 경찰에 건넨 사본을 나중에 대조할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="220" />
        <source>The victim agreed to share the case with police.</source>
        <translation>피해자가 경찰에 사건 정보를 제공하는 데 동의했습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="222" />
        <source>The victim withdrew consent to share with police: the report names the pseudonym only, without identifying details or thumbnails.</source>
        <translation>피해자가 경찰 제공 동의를 철회했습니다: 보고서에는 가명만 쓰고, 신원 정보와 썸네일은 넣지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="226" />
        <source>The victim has not given consent to share with police: the report names the pseudonym only, without identifying details or thumbnails.</source>
        <translation>피해자가 경찰 제공에 동의하지 않았습니다: 보고서에는 가명만 쓰고, 신원 정보와 썸네일은 넣지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/police_report_dialog.py" line="231" />
        <source>&amp;Create report</source>
        <translation>보고서 만들기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="6" />
        <source>Create police report</source>
        <translation>수사기관 제출 보고서 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="33" />
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="46" />
        <source>&amp;Addressed to:</source>
        <translation>받는 곳(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="56" />
        <source>e.g. Seoul Mapo Police Station, Cyber Crime Unit</source>
        <translation>예: 서울마포경찰서 사이버수사팀</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="63" />
        <source>Include:</source>
        <translation>포함할 내용:</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="85" />
        <source>The victim's &amp;identifying details</source>
        <translation>피해자 신원 정보(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="92" />
        <source>Blurred &amp;thumbnails of image evidence</source>
        <translation>이미지 증거의 흐린 썸네일(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="112" />
        <source>What the &amp;victim asks for:</source>
        <translation>피해자의 요청 사항(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="135" />
        <source>&amp;Password (optional):</source>
        <translation>비밀번호(&amp;P) (선택):</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="148" />
        <source>Leave empty for no password</source>
        <translation>비워 두면 비밀번호 없음</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="155" />
        <source>&amp;Repeat password:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="172" />
        <source>Save &amp;as:</source>
        <translation>저장 위치(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="187" />
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="208" />
        <source>Progress of the report</source>
        <translation>보고서 작성 진행 상황</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="48" />
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="59" />
        <source>identity</source>
        <translation>신원 포함</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="60" />
        <source>pseudonym only</source>
        <translation>가명만</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="62" />
        <source>thumbnails</source>
        <translation>썸네일</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="64" />
        <source>password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="100" />
        <source>Size: %1</source>
        <translation>크기: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="103" />
        <source>Addressed to: %1</source>
        <translation>받는 곳: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="115" />
        <source>Report %1 written and registered.</source>
        <translation>보고서 %1을(를) 만들고 등록했습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="126" />
        <source>Copied the SHA-256 of %1.</source>
        <translation>%1의 SHA-256을 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="132" />
        <source>Choose the PDF to check</source>
        <translation>확인할 PDF 선택</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="133" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="143" />
        <source>Check a copy</source>
        <translation>사본 확인</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="146" />
        <source>%1 is not a report registered in CaseApp: it may have been changed, or it comes from elsewhere.</source>
        <translation>%1은(는) CaseApp에 등록된 보고서가 아닙니다: 내용이 바뀌었거나 다른 곳에서 온 파일일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="151" />
        <source>%1 is report %2 of case %3, created %4 by %5, unchanged.</source>
        <translation>%1은(는) 사건 %3의 보고서 %2이며, %4에 %5 님이 만들었고 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="164" />
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/reports.py" line="169" />
        <source>Every report written for this case, newest first. The SHA-256 identifies the exact file; a copy handed to police can be checked against it.</source>
        <translation>이 사건에서 만든 모든 보고서입니다 (최신 순). SHA-256으로 파일을 정확히 식별하므로 경찰에 건넨 사본을 대조할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="11" />
        <source>&amp;Create police report…</source>
        <translation>수사기관 제출 보고서 만들기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="18" />
        <source>Check a &amp;copy…</source>
        <translation>사본 확인(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="21" />
        <source>Choose a PDF (for example a copy returned by police) to see whether it is a registered report of this store.</source>
        <translation>PDF(예: 경찰에서 돌려받은 사본)를 골라 이 저장소에 등록된 보고서인지 확인합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="41" />
        <source>Copy S&amp;HA-256</source>
        <translation>SHA-256 복사(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="60" />
        <source>Reports of this case</source>
        <translation>이 사건의 보고서</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="88" />
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="93" />
        <source>Created</source>
        <translation>작성 일시</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="98" />
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="103" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="108" />
        <source>Pages</source>
        <translation>쪽수</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="113" />
        <source>Included</source>
        <translation>포함 내용</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="118" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ReuploadDialog</name>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="555" />
        <source>%1: material found again</source>
        <translation>%1: 촬영물 재유포</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="558" />
        <source>A new request is linked to %1 and covers the same evidence. Give the address where it turned up; the recipient is the same unless you choose another.</source>
        <translation>%1에 연결된 새 요청을 만들고 같은 증거를 포함합니다. 다시 올라온 주소를 입력하세요. 다른 수신처를 고르지 않으면 수신처는 같습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_reupload_dialog.ui" line="6" />
        <source>Material found again</source>
        <translation>촬영물 재유포</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_reupload_dialog.ui" line="33" />
        <source>&amp;New address:</source>
        <translation>새 주소(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_reupload_dialog.ui" line="43" />
        <source>Where the material turned up again</source>
        <translation>촬영물이 다시 올라온 곳</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_reupload_dialog.ui" line="50" />
        <source>&amp;Recipient:</source>
        <translation>수신처(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_reupload_dialog.ui" line="63" />
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="481" />
        <source>Status of %1</source>
        <translation>%1 상태</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/takedown_dialogs.py" line="482" />
        <source>%1 is %2 now. Record what happened and when; the follow-ups are planned from that date.</source>
        <translation>%1은(는) 지금 '%2' 상태입니다. 무슨 일이 언제 있었는지 기록하세요. 후속 조치는 그 날짜를 기준으로 잡힙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_status_dialog.ui" line="6" />
        <source>Record a status change</source>
        <translation>상태 변경 기록</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_status_dialog.ui" line="33" />
        <source>&amp;New status:</source>
        <translation>새 상태(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_status_dialog.ui" line="46" />
        <source>&amp;When:</source>
        <translation>일시(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_status_dialog.ui" line="66" />
        <source>&amp;Reference number:</source>
        <translation>접수 번호(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_status_dialog.ui" line="76" />
        <source>The recipient's ticket or case number, if any</source>
        <translation>수신처의 접수 번호나 사건 번호 (있으면)</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_status_dialog.ui" line="83" />
        <source>Removal &amp;verified:</source>
        <translation>삭제 확인(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_status_dialog.ui" line="95" />
        <source>I checked that it is gone</source>
        <translation>삭제된 것을 직접 확인함</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_status_dialog.ui" line="127" />
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
</context>
<context>
    <name>TakedownChart</name>
    <message>
        <location filename="../../caseapp/gui/home.py" line="154" />
        <source>%1: %2 sent, %3 removed</source>
        <translation>%1: 발송 %2, 삭제 %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="157" />
        <source>Takedown requests sent and removals per month</source>
        <translation>월별 삭제 요청 발송 및 삭제 건수</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="172" />
        <source>Sent</source>
        <translation>발송</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="172" />
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
</context>
<context>
    <name>TakedownsTab</name>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="85" />
        <source>Takedowns</source>
        <translation>삭제 요청</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="174" />
        <source>Select a request to see its history and follow it up.</source>
        <translation>요청을 선택하면 이력과 후속 조치를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="186" />
        <location filename="../../ui/takedown_tab.ui" line="106" />
        <location filename="../../ui/takedown_tab.ui" line="367" />
        <source>Recipient</source>
        <translation>수신처</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="188" />
        <source>Asked to</source>
        <translation>요청 내용</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="189" />
        <source>Content type</source>
        <translation>촬영물 유형</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="190" />
        <source>Reference number</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="191" />
        <location filename="../../ui/takedown_tab.ui" line="116" />
        <source>Submitted</source>
        <translation>제출</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="192" />
        <source>Acknowledged</source>
        <translation>접수 확인</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="193" />
        <source>Answered or closed</source>
        <translation>답변 또는 종결</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="194" />
        <source>Removal verified</source>
        <translation>삭제 확인</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="195" />
        <source>Last checked</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="196" />
        <source>Escalate from</source>
        <translation>상위 단계 요청 가능일</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="197" />
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="199" />
        <source>What the material is</source>
        <translation>촬영물 설명</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="221" />
        <source>First request</source>
        <translation>첫 요청</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="236" />
        <source>%n request(s) about the same material: escalations and re-uploads, oldest first. Double-click one to open it.</source>
        <translation><numerusform>같은 촬영물에 대한 요청 %n건: 상위 단계 요청과 재유포 (오래된 순). 두 번 누르면 열립니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="240" />
        <source>No escalation or re-upload yet. When the material comes back, use Found again; the new request is linked here.</source>
        <translation>아직 상위 단계 요청이나 재유포가 없습니다. 촬영물이 다시 올라오면 '재유포 발견'을 누르세요. 새 요청이 여기에 연결됩니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="248" />
        <source>open</source>
        <translation>미완료</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="317" />
        <source>%1 is now %2.</source>
        <translation>%1은(는) 이제 '%2' 상태입니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="334" />
        <source>Recorded that %1 is still online; the next follow-up is planned.</source>
        <translation>%1이(가) 아직 게시 중이라고 기록했습니다. 다음 후속 조치를 잡았습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="346" />
        <source>Removal of %1 verified; re-checks for re-uploads are planned.</source>
        <translation>%1의 삭제를 확인했습니다. 재유포 재확인 일정을 잡았습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="359" />
        <source>Re-upload request %1 created and linked.</source>
        <translation>재유포 요청 %1을(를) 만들어 연결했습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="372" />
        <source>Re-check of %1 recorded: still gone.</source>
        <translation>%1 재확인을 기록했습니다: 여전히 삭제된 상태입니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="386" />
        <source>Escalate %1</source>
        <translation>%1 상위 단계 요청</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="390" />
        <source>%1 is at the last step (%2); there is no further escalation.</source>
        <translation>%1은(는) 마지막 단계(%2)입니다. 더 올릴 단계가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="399" />
        <source>Next step: %1.</source>
        <translation>다음 단계: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="403" />
        <source>Create the next request</source>
        <translation>다음 요청 만들기</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="409" />
        <source>Not possible yet:</source>
        <translation>아직 할 수 없습니다:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tabs/takedowns.py" line="416" />
        <source>Escalation request %1 created as a draft.</source>
        <translation>상위 단계 요청 %1을(를) 초안으로 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="33" />
        <source>&amp;New request…</source>
        <translation>새 요청(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="36" />
        <source>A takedown request for an address you type in. To start from evidence, select it in the Evidence section and choose Request takedown.</source>
        <translation>직접 입력한 주소에 대한 삭제 요청입니다. 증거에서 시작하려면 증거 탭에서 항목을 고르고 '삭제 요청'을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="68" />
        <source>Takedown requests of this case</source>
        <translation>이 사건의 삭제 요청</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="96" />
        <location filename="../../ui/takedown_tab.ui" line="352" />
        <source>Code</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="101" />
        <location filename="../../ui/takedown_tab.ui" line="362" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="111" />
        <location filename="../../ui/takedown_tab.ui" line="284" />
        <location filename="../../ui/takedown_tab.ui" line="372" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="121" />
        <location filename="../../ui/takedown_tab.ui" line="289" />
        <source>Reference</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="126" />
        <source>Next follow-up</source>
        <translation>다음 후속 조치</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="162" />
        <source>&amp;Letter…</source>
        <translation>요청서(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="165" />
        <source>Preview the letter, copy its text for a web form, or save it as a PDF.</source>
        <translation>요청서를 미리 보고, 웹 양식용으로 복사하거나 PDF로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="172" />
        <source>Record &amp;status…</source>
        <translation>상태 기록(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="175" />
        <source>Record that the request was sent, answered, or that the material was removed, with dates and reference numbers.</source>
        <translation>요청을 보냈는지, 답을 받았는지, 삭제되었는지를 날짜와 접수 번호와 함께 기록합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="182" />
        <source>Still &amp;online</source>
        <translation>아직 게시 중(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="185" />
        <source>You looked and the material is still there: the next follow-up is planned from now.</source>
        <translation>확인해 보니 아직 게시되어 있습니다: 지금부터 다음 후속 조치를 잡습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="192" />
        <source>Removal &amp;verified</source>
        <translation>삭제 확인(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="195" />
        <source>You confirmed the material is gone: re-checks for re-uploads are planned from now.</source>
        <translation>삭제된 것을 확인했습니다: 지금부터 재유포 재확인 일정을 잡습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="202" />
        <source>Found &amp;again…</source>
        <translation>재유포 발견(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="205" />
        <source>The material turned up again: a linked re-upload request is created.</source>
        <translation>촬영물이 다시 올라왔습니다: 연결된 재유포 요청을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="212" />
        <source>Re-checked: still &amp;gone</source>
        <translation>재확인: 여전히 삭제됨(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="219" />
        <source>&amp;Escalate…</source>
        <translation>상위 단계 요청(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="222" />
        <source>Take the next step: the regulator (KCSC), then the police.</source>
        <translation>다음 단계로 올립니다: 방송통신심의위원회, 그다음 경찰.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="245" />
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="251" />
        <source>History of this request</source>
        <translation>이 요청의 이력</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="279" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="294" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="299" />
        <source>Recorded by</source>
        <translation>기록한 사람</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="308" />
        <source>Same material</source>
        <translation>같은 촬영물</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="324" />
        <source>Requests about the same material</source>
        <translation>같은 촬영물에 대한 요청</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="357" />
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="381" />
        <source>Follow-ups</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="387" />
        <source>Follow-ups of this request</source>
        <translation>이 요청의 후속 조치</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="415" />
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="420" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="425" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="42" />
        <source>Checking the encrypted databases and the audit log…</source>
        <translation>암호화된 데이터베이스와 감사 로그를 검사하는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="43" />
        <source>Checking the search index…</source>
        <translation>검색 색인을 검사하는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="44" />
        <source>Re-reading every evidence file and comparing its SHA-256…</source>
        <translation>모든 증거 파일을 다시 읽어 SHA-256을 비교하는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="46" />
        <source>Checking the takedown records…</source>
        <translation>삭제 요청 기록을 검사하는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="47" />
        <source>Checking the report registry…</source>
        <translation>보고서 등록부를 검사하는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="48" />
        <source>Finished.</source>
        <translation>끝났습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="48" />
        <source>Checking %1…</source>
        <translation>%1 검사하는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="69" />
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="77" />
        <source>Step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="106" />
        <source>The check could not finish.</source>
        <translation>검사를 끝내지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="117" />
        <source>Everything checks out.</source>
        <translation>모두 정상입니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="118" />
        <source>The encrypted databases, the audit log, the search index and every stored evidence file were read and match what was recorded.</source>
        <translation>암호화된 데이터베이스, 감사 로그, 검색 색인, 보관된 모든 증거 파일을 읽었고 기록된 내용과 일치합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/verify_dialog.py" line="122" />
        <source>%n problem(s) found.</source>
        <translation><numerusform>문제 %n건을 찾았습니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="123" />
        <source>Do not delete or change anything. Stop using this computer for CaseApp and restore the most recent backup (see the user guide, 'Restore a backup'), or ask your administrator. Copy this report for them.</source>
        <translation>아무것도 지우거나 바꾸지 마세요. 이 컴퓨터에서 CaseApp 사용을 멈추고 가장 최근 백업을 복원하거나(사용자 안내서의 '백업 복원' 참고) 관리자에게 문의하세요. 이 보고 내용을 복사해 전달하세요.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="134" />
        <source>Finished: no problems.</source>
        <translation>완료: 문제 없음.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="135" />
        <source>Finished: problems were found.</source>
        <translation>완료: 문제가 발견되었습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/verify_dialog.py" line="158" />
        <source>Reads everything CaseApp stores and checks it against what was recorded: the encrypted databases, the tamper-evident audit log, the search index and the SHA-256 of every evidence file. Nothing is changed. With much evidence this takes a while; you can keep this window open and wait.</source>
        <translation>CaseApp이 보관한 모든 것을 읽어 기록과 대조합니다: 암호화된 데이터베이스, 위변조를 드러내는 감사 로그, 검색 색인, 모든 증거 파일의 SHA-256. 아무것도 바꾸지 않습니다. 증거가 많으면 시간이 걸리니 이 창을 열어 두고 기다리세요.</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.ui" line="6" />
        <source>Verify the data</source>
        <translation>데이터 검증</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.ui" line="38" />
        <source>Verification progress</source>
        <translation>검증 진행 상황</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.ui" line="51" />
        <source>Verification report</source>
        <translation>검증 결과</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.ui" line="60" />
        <source>&amp;Copy the report</source>
        <translation>결과 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.ui" line="80" />
        <source>&amp;Verify now</source>
        <translation>지금 검증(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.ui" line="90" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>WorkActions</name>
    <message>
        <location filename="../../caseapp/gui/home.py" line="467" />
        <source>A backup is due.</source>
        <translation>백업할 때가 되었습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="469" />
        <source>Some follow-ups are overdue.</source>
        <translation>기한이 지난 후속 조치가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="513" />
        <source>&amp;Work</source>
        <translation>업무(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="514" />
        <source>&amp;Home</source>
        <translation>홈(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="515" />
        <source>What matters today: follow-ups, open cases, cases without activity</source>
        <translation>오늘 챙길 일: 후속 조치, 진행 중인 사건, 활동 없는 사건</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="517" />
        <source>&amp;Follow-ups</source>
        <translation>후속 조치(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="518" />
        <source>Takedown follow-ups across all cases</source>
        <translation>모든 사건의 삭제 요청 후속 조치</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="519" />
        <source>&amp;Back up…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="520" />
        <source>Write an encrypted backup of all cases and evidence</source>
        <translation>모든 사건과 증거의 암호화된 백업을 만듭니다</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/home.py" line="522" />
        <source>&amp;Verify the data…</source>
        <translation>데이터 검증(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>WrittenFiles</name>
    <message>
        <location filename="../../caseapp/gui/case_tabs/evidence.py" line="1186" />
        <source>Open the folder</source>
        <translation>폴더 열기</translation>
    </message>
</context>
</TS>
