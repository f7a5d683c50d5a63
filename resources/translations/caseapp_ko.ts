<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccountLinkDialog</name>
    <message>
        <location filename="../../caseapp/gui/evidence/account_link_dialog.py" line="+41"/>
        <source>Link %1 to the account or channel that posted or spread it. Accounts seen in other cases are counted across cases (only case numbers are shown).</source>
        <translation>%1{을} 올리거나 퍼뜨린 계정이나 채널에 연결하세요. 다른 사건에도 나온 계정은 사건을 넘어 함께 셉니다(사건 번호만 보입니다).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>in %n other case(s)</source>
        <translation>
            <numerusform>다른 사건 %n건에도 있음</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new account or channel…</source>
        <translation>새 계정 또는 채널…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_account_dialog.ui" line="+6"/>
        <source>Link to an account or channel</source>
        <translation>계정 또는 채널에 연결</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Account:</source>
        <translation>계정(&amp;A):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Platform:</source>
        <translation>플랫폼(&amp;P):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Handle:</source>
        <translation>계정 이름(&amp;H):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>@account or channel name</source>
        <translation>@계정 또는 채널 이름</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../caseapp/gui/app.py" line="+190"/>
        <source>Preparing the demo cases…</source>
        <translation>데모 사건을 준비하는 중…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../caseapp/gui/backup/backup_dialog.py" line="+77"/>
        <source>No backup has been made yet.</source>
        <translation>아직 백업한 적이 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup: %1 (%2).</source>
        <translation>마지막 백업: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <location line="+63"/>
        <source>You are reminded when the last backup is more than %n day(s) old.</source>
        <translation>
            <numerusform>마지막 백업 후 %n일이 지나면 알려 드립니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder.</source>
        <translation>폴더를 선택하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder is inside the CaseApp data folder: a backup there is lost with the computer. Choose another folder, ideally on a USB drive kept in the office safe.</source>
        <translation>이 폴더는 CaseApp 데이터 폴더 안에 있어 컴퓨터를 잃으면 백업도 함께 잃습니다. 다른 폴더를 고르세요. 사무실 금고에 보관하는 USB 드라이브가 가장 좋습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is encrypted like the data itself: it opens only with the passphrase or the recovery code.</source>
        <translation>백업은 데이터와 똑같이 암호화되어 암호 문구나 복구 코드로만 열 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to save backups</source>
        <translation>백업을 저장할 곳</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Backing up…</source>
        <translation>백업하는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location line="-79"/>
        <location filename="../../ui/backup_dialog.ui" line="+176"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written to %1 (%2 written).</source>
        <translation>백업을 %1에 저장했습니다 (%2 기록).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unchanged part(s) were not copied again.</source>
        <translation>
            <numerusform>바뀌지 않은 부분 %n개는 다시 복사하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it away from this computer, e.g. on a USB drive in the office safe.</source>
        <translation>이 컴퓨터와 떨어진 곳에 보관하세요. 예: 사무실 금고의 USB 드라이브.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled. No backup file was left behind.</source>
        <translation>취소했습니다. 백업 파일은 남지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was not written.</source>
        <translation>백업을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A backup holds every case and all evidence, still encrypted. Make one at least weekly and keep it away from this computer.</source>
        <translation>백업에는 모든 사건과 증거가 암호화된 채로 담깁니다. 적어도 매주 한 번 만들고 이 컴퓨터와 떨어진 곳에 보관하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="-170"/>
        <source>Back up</source>
        <translation>백업</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Save to:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Choose…</source>
        <translation>선택(&amp;C)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One backup &amp;file (.cabk)</source>
        <translation>백업 파일 하나(&amp;F) (.cabk)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Incremental backup folder (copies only what changed since the last backup there)</source>
        <translation>증분 백업 폴더(&amp;I) (그 폴더에 마지막으로 백업한 뒤 바뀐 부분만 복사)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup progress</source>
        <translation>백업 진행 상황</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Open the folder</source>
        <translation>폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../caseapp/gui/backup/backup_dialog.py" line="+88"/>
        <source>Backup:</source>
        <translation>백업:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up now…</source>
        <translation>지금 백업(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup &amp;reminder:</source>
        <translation>백업 알림(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days (0 = off)</source>
        <translation>일 (0 = 끔)</translation>
    </message>
</context>
<context>
    <name>BundlePassphraseDialog</name>
    <message>
        <location filename="../../caseapp/gui/handover/passphrase_dialog.py" line="+51"/>
        <source>Case bundle passphrase</source>
        <translation>사건 꾸러미 암호 문구</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type this passphrase when CaseApp asks for it under Work → Receive a handover. Keep this sheet apart from the bundle file, and destroy it once the cases are imported.</source>
        <translation>CaseApp의 업무 → 인계받기에서 물어볼 때 이 암호 문구를 입력하세요. 이 종이는 꾸러미 파일과 따로 보관하고, 사건을 가져온 뒤에는 폐기하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_passphrase_dialog.ui" line="+6"/>
        <location line="+31"/>
        <source>Bundle passphrase</source>
        <translation>꾸러미 암호 문구</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is shown only now and is not kept anywhere. Give it to the recipient separately from the file: not in the same e-mail or on the same USB stick (read it out by phone, or hand over the printed sheet).</source>
        <translation>지금 한 번만 보이며 어디에도 보관되지 않습니다. 받는 사람에게 파일과 따로 전달하세요. 같은 이메일이나 같은 USB 메모리에 넣지 말고, 전화로 불러 주거나 인쇄한 종이를 건네세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../caseapp/gui/case_tab.py" line="+170"/>
        <source>These cases have changes that are not saved yet:</source>
        <translation>다음 사건에 아직 저장하지 않은 변경 사항이 있습니다:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save them now?</source>
        <translation>지금 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/cases/editor.py" line="+166"/>
        <source>Saved case %1.</source>
        <translation>사건 %1{을} 저장했습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.ui" line="+27"/>
        <source>Case status</source>
        <translation>사건 상태</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_tab.py" line="-4"/>
        <location filename="../../ui/case_editor.ui" line="+14"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.ui" line="+7"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this case (Ctrl+S)</source>
        <translation>이 사건 저장(Ctrl+S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case sections</source>
        <translation>사건 항목</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../caseapp/gui/cases/list_model.py" line="+36"/>
        <source>Case number</source>
        <translation>사건 번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym</source>
        <translation>가명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>위험도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated</source>
        <translation>마지막 수정</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../caseapp/gui/cases/list_view.py" line="+115"/>
        <location line="+8"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Open (not closed)</source>
        <translation>진행 중(종결 제외)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everyone</source>
        <translation>모두</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>내 사건</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>사건 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No cases match. Change the search or clear the filters.</source>
        <translation>맞는 사건이 없습니다. 검색어를 바꾸거나 필터를 지우세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases yet. Press Ctrl+N to open the first one.</source>
        <translation>아직 사건이 없습니다. Ctrl+N을 눌러 첫 사건을 여세요.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Hand this case over…</source>
        <translation>이 사건 인계…</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.ui" line="+14"/>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search cases</source>
        <translation>사건 검색</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case number, pseudonym, tag, platform, chat room…</source>
        <translation>사건 번호, 가명, 태그, 플랫폼, 대화방…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New case</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;tatus:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by status</source>
        <translation>상태로 거르기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Risk:</source>
        <translation>위험도(&amp;R):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by risk</source>
        <translation>위험도로 거르기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;ounsellor:</source>
        <translation>상담사(&amp;O):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by counsellor</source>
        <translation>상담사로 거르기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;ag:</source>
        <translation>태그(&amp;A):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter by tag</source>
        <translation>태그로 거르기</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opened &amp;between</source>
        <translation>접수일 범위(&amp;B)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opened on or after</source>
        <translation>이 날짜 이후 접수</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and</source>
        <translation>~</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opened on or before</source>
        <translation>이 날짜 이전 접수</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;lear filters</source>
        <translation>필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number of cases found</source>
        <translation>찾은 사건 수</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cases</source>
        <translation>사건</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../caseapp/gui/settings/settings_dialog.py" line="+91"/>
        <source>The passphrase was changed and the store has a new master key.</source>
        <translation>암호 문구를 바꾸고 저장소에 새 마스터 키를 만들었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase was changed.</source>
        <translation>암호 문구를 바꿨습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-encrypting the store under a new master key…</source>
        <translation>새 마스터 키로 저장소를 다시 암호화하는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing the passphrase…</source>
        <translation>암호 문구를 바꾸는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.ui" line="+9"/>
        <source>Change the passphrase</source>
        <translation>암호 문구 바꾸기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The old passphrase may have leaked: also replace the master key and the recovery code</source>
        <translation>이전 암호 문구가 유출되었을 수 있음: 마스터 키와 복구 코드도 바꾸기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copies of the old key slots (in older backups, or kept by someone) will then open nothing of the current data. Both databases are re-encrypted, which takes a while with much evidence, and you print a new Recovery Kit. Nobody else may have the store open meanwhile.</source>
        <translation>그러면 이전 키 슬롯의 사본(이전 백업에 있거나 누군가 보관한 것)으로는 현재 데이터를 전혀 열 수 없습니다. 두 데이터베이스를 다시 암호화하므로 증거가 많으면 시간이 걸리고, 새 복구 키트를 인쇄해야 합니다. 그동안 다른 누구도 저장소를 열어 두면 안 됩니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Current passphrase:</source>
        <translation>현재 암호 문구(&amp;C):</translation>
    </message>
</context>
<context>
    <name>ChatImportDialog</name>
    <message>
        <location filename="../../caseapp/gui/evidence/chat_import_dialog.py" line="+103"/>
        <source>Recognise it</source>
        <translation>자동으로 알아보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram Desktop (JSON)</source>
        <translation>텔레그램 데스크톱 (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram Desktop (HTML)</source>
        <translation>텔레그램 데스크톱 (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KakaoTalk (.txt or .csv)</source>
        <translation>카카오톡 (.txt 또는 .csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include</source>
        <translation>포함</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With media</source>
        <translation>미디어</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender</source>
        <translation>보낸 사람</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>미디어</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Victim</source>
        <translation>피해자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspect</source>
        <translation>가해 의심자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video message</source>
        <translation>영상 메시지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Animation</source>
        <translation>움직이는 이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice message</source>
        <translation>음성 메시지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sticker</source>
        <translation>스티커</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the export folder</source>
        <translation>내보내기 폴더 선택</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the export file</source>
        <translation>내보내기 파일 선택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat exports (*.json *.html *.txt *.csv *.zip);;All files (*)</source>
        <translation>대화 내보내기 파일 (*.json *.html *.txt *.csv *.zip);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the export…</source>
        <translation>내보내기 파일을 읽는 중…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The export could not be read.</source>
        <translation>내보내기 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/chat_import_dialog.ui" line="+14"/>
        <source>Import a chat export</source>
        <translation>대화 내보내기 파일 가져오기</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a Telegram Desktop export (its folder, result.json or messages.html) or a KakaoTalk conversation saved as .txt or .csv.</source>
        <translation>텔레그램 데스크톱 내보내기(폴더, result.json 또는 messages.html)나 .txt 또는 .csv로 저장한 카카오톡 대화를 선택하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All chats</source>
        <translation>모든 대화방</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1%2 — %n message(s)</source>
        <translation>
            <numerusform>%1%2 — 메시지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s), %1. People: %2. Media: %3 (%4 not in the export).</source>
        <translation>
            <numerusform>메시지 %n개, %1. 참여자: %2명. 미디어: %3개 (내보내기 파일에 없는 것 %4개).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Role of %1</source>
        <translation>%1의 역할</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Finding the messages…</source>
        <translation>메시지를 찾는 중…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Already in this case</source>
        <translation>이미 이 사건에 있음</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n message(s) match</source>
        <translation>
            <numerusform>해당 메시지 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n already in this case</source>
        <translation>
            <numerusform>, 이 중 %n개는 이미 이 사건에 있음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>. %n will be imported.</source>
        <translation>
            <numerusform>. %n개를 가져옵니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The list shows the first %n.</source>
        <translation>
            <numerusform>목록에는 처음 %n개만 보입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This export has local times only: choose the zone it was made in.</source>
        <translation>이 내보내기 파일에는 현지 시각만 있습니다. 파일을 만든 곳의 시간대를 고르세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export gives its own time zone.</source>
        <translation>내보내기 파일에 시간대가 들어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Import %n message(s)</source>
        <translation>
            <numerusform>메시지 %n개 가져오기(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importing messages…</source>
        <translation>메시지를 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/chat_import_dialog.ui" line="+8"/>
        <source>E&amp;xport:</source>
        <translation>내보내기 파일(&amp;X):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the export&apos;s folder, a file or a .zip</source>
        <translation>내보내기 폴더, 파일 또는 .zip을 고르세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder…</source>
        <translation>폴더(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Telegram Desktop export folder (ChatExport_…), or a folder holding one KakaoTalk conversation.</source>
        <translation>텔레그램 데스크톱 내보내기 폴더(ChatExport_…) 또는 카카오톡 대화 하나가 든 폴더.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fi&amp;le…</source>
        <translation>파일(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>result.json, messages.html, a KakaoTalk .txt or .csv, or a .zip of an export.</source>
        <translation>result.json, messages.html, 카카오톡 .txt나 .csv, 또는 내보내기를 묶은 .zip.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Who is who</source>
        <translation>누가 누구인지</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark each participant. Suspects are recorded as perpetrator accounts of the case. Untick a participant to leave their messages out.</source>
        <translation>참여자마다 역할을 고르세요. 가해 의심자는 사건의 가해자 계정으로 기록됩니다. 표시를 지우면 그 참여자의 메시지는 빠집니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People in the chat</source>
        <translation>대화 참여자</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+100"/>
        <source>Messages to import</source>
        <translation>가져올 메시지</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>&amp;Chat:</source>
        <translation>대화방(&amp;C):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;rom</source>
        <translation>시작일(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day to import</source>
        <translation>가져올 첫날</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Until</source>
        <translation>종료일(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last day to import</source>
        <translation>가져올 마지막 날</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Words:</source>
        <translation>낱말(&amp;W):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only messages containing these words</source>
        <translation>이 낱말이 들어 있는 메시지만</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only messages with a photo, &amp;video or file</source>
        <translation>사진·동영상·파일이 있는 메시지만(&amp;V)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Time zone of the phone or computer that made the export:</source>
        <translation>내보내기 파일을 만든 휴대전화나 컴퓨터의 시간대(&amp;T):</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../caseapp/gui/cases/close_dialog.py" line="+40"/>
        <source>&amp;Close the case</source>
        <translation>사건 종결(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close case %1</source>
        <translation>사건 %1 종결</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing does not stop anything still open: look through this list first. The reason is kept with the case.</source>
        <translation>종결해도 아직 진행 중인 일은 멈추지 않습니다. 먼저 아래 목록을 확인하세요. 종결 이유는 사건과 함께 보관됩니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n takedown request(s) still open: %1</source>
        <translation>
            <numerusform>아직 진행 중인 삭제 요청 %n건: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No takedown request is open.</source>
        <translation>진행 중인 삭제 요청이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up(s) not done yet.</source>
        <translation>
            <numerusform>아직 끝나지 않은 후속 조치 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up is waiting.</source>
        <translation>기다리는 후속 조치가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n evidence item(s) never verified: %1</source>
        <translation>
            <numerusform>한 번도 검증하지 않은 증거 %n건: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every stored evidence file has been verified.</source>
        <translation>보관된 증거 파일을 모두 검증했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evidence file is kept in the store.</source>
        <translation>보관된 증거 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The victim agreed that copies are kept.</source>
        <translation>피해자가 사본 보관에 동의했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files are kept but there is no consent to keep copies: ask the victim, or delete the copies.</source>
        <translation>증거 파일이 보관되어 있지만 사본 보관 동의가 없습니다. 피해자에게 묻거나 사본을 삭제하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Kept %n year(s) after closing, until about %1; then a supervisor reviews it for deletion.</source>
        <translation>
            <numerusform>종결 후 %n년, 대략 %1까지 보관합니다. 그 뒤 관리자가 삭제 여부를 검토합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/close_case_dialog.ui" line="+6"/>
        <source>Close the case</source>
        <translation>사건 종결</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Before closing</source>
        <translation>종결 전 확인</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Reason for closing:</source>
        <translation>종결 이유(&amp;R):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason for closing</source>
        <translation>종결 이유</translation>
    </message>
</context>
<context>
    <name>ConsentPrompt</name>
    <message>
        <location filename="../../caseapp/gui/consent_prompt.py" line="+40"/>
        <source>The victim has not consented to copies of the material being kept, so CaseApp must not store these files.

If they have agreed, record their consent now. Otherwise CaseApp can keep only each file&apos;s fingerprints (SHA-256 and MD5), which still prove later that a copy is the same file, but not the files themselves.</source>
        <translation>피해자가 자료 사본 보관에 동의하지 않았으므로 CaseApp에 이 파일들을 보관할 수 없습니다.

동의를 받았다면 지금 기록하세요. 그렇지 않으면 CaseApp은 각 파일의 지문(SHA-256, MD5)만 남깁니다. 지문으로 나중에 같은 파일인지 확인할 수는 있지만 파일 자체는 보관되지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file(s): consent to keep copies is missing</source>
        <translation>
            <numerusform>파일 %n개: 사본 보관 동의 없음</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Record consent now…</source>
        <translation>지금 동의 기록…</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Keep hashes only</source>
        <translation>해시만 남기기</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>If the victim has agreed, you can record their consent here and carry on.</source>
        <translation>피해자가 동의했다면 여기에서 바로 동의를 기록하고 계속할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent needed</source>
        <translation>동의 필요</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the Consent section</source>
        <translation>동의 화면 열기</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Withdrawing consent to keep copies removes the stored files of %n evidence item(s) of this case:</source>
        <translation>
            <numerusform>사본 보관 동의를 철회하면 이 사건의 증거 %n건의 보관 파일이 삭제됩니다:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their fingerprints (SHA-256, MD5) and chain of custody stay, so the evidence can still be matched later, but the files can no longer be previewed, put in a police package or handed over. This cannot be undone.</source>
        <translation>지문(SHA-256, MD5)과 보관 이력은 남으므로 나중에 증거를 대조할 수는 있지만, 파일을 미리 보거나 수사기관 제출용 묶음에 넣거나 인계할 수는 없게 됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the stored files?</source>
        <translation>보관 파일을 삭제할까요?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the files and record the withdrawal</source>
        <translation>파일 삭제 후 철회 기록</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../caseapp/gui/cases/consent_tab.py" line="+42"/>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Given</source>
        <translation>동의함</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn</source>
        <translation>철회함</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not asked yet</source>
        <translation>아직 묻지 않음</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Consent recorded.</source>
        <translation>동의를 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/case_consent_tab.ui" line="+9"/>
        <source>What the victim agreed to now:</source>
        <translation>피해자가 현재 동의한 내용:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consent now</source>
        <translation>현재 동의 상태</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+34"/>
        <location line="+129"/>
        <source>Consent to</source>
        <translation>동의 항목</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since, and how</source>
        <translation>언제부터, 어떤 방법으로</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record a change</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Consent to:</source>
        <translation>동의 항목(&amp;C):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decision:</source>
        <translation>결정:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Given</source>
        <translation>동의함(&amp;G)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>W&amp;ithdrawn</source>
        <translation>철회함(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Method:</source>
        <translation>방법(&amp;M):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How consent was given</source>
        <translation>동의 방법</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;On:</source>
        <translation>날짜(&amp;O):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date the victim said so</source>
        <translation>피해자가 의사를 밝힌 날짜</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consent note</source>
        <translation>동의 메모</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History:</source>
        <translation>기록:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consent history</source>
        <translation>동의 기록</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How</source>
        <translation>방법</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded by</source>
        <translation>기록한 사람</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../../caseapp/gui/evidence/custody_dialog.py" line="+48"/>
        <source>matches its SHA-256</source>
        <translation>SHA-256 일치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does NOT match its SHA-256</source>
        <translation>SHA-256 불일치</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package %1</source>
        <translation>묶음 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from a %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>link</source>
        <translation>링크</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat log</source>
        <translation>대화 기록</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain of custody of %1</source>
        <translation>%1의 증거 보관 이력</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every acquisition, reveal, export and verification of %1, oldest first. These entries cannot be changed.</source>
        <translation>%1의 수집, 공개, 내보내기, 검증 기록입니다 (오래된 순). 이 기록은 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_custody_dialog.ui" line="+6"/>
        <location line="+22"/>
        <source>Chain of custody</source>
        <translation>증거 보관 이력</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who</source>
        <translation>담당</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>세부 사항</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../caseapp/gui/error_dialog.py" line="+83"/>
        <source>Copied</source>
        <translation>복사했습니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not finish</source>
        <translation>끝내지 못했습니다</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <location filename="../../ui/error_report_dialog.ui" line="+9"/>
        <source>Something went wrong</source>
        <translation>문제가 생겼습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong.</source>
        <translation>문제가 생겼습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last action may not have finished. Nothing else was changed. Please try again; if it happens again, copy the report below and send it to whoever looks after CaseApp in your office. The report contains no case data, names or passphrases.</source>
        <translation>마지막 작업이 끝나지 않았을 수 있습니다. 그 밖에 바뀐 것은 없습니다. 다시 해 보시고, 또 같은 일이 생기면 아래 보고서를 복사해서 기관에서 CaseApp을 관리하는 분께 보내 주세요. 보고서에는 사건 내용, 이름, 암호 문구가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error report</source>
        <translation>오류 보고서</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy report</source>
        <translation>보고서 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <location filename="../../caseapp/gui/evidence/details_dialog.py" line="+64"/>
        <source>(not set)</source>
        <translation>(지정 안 함)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>channel %1</source>
        <translation>채널 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>message %1</source>
        <translation>메시지 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account %1</source>
        <translation>계정 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private invite link</source>
        <translation>비공개 초대 링크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised: %1</source>
        <translation>인식한 정보: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Add a link</source>
        <translation>링크 추가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the address of the post, message, channel or account. The platform, channel and message ID are read from it; complete the rest. Nothing is downloaded.</source>
        <translation>게시물, 메시지, 채널 또는 계정의 주소를 붙여 넣으세요. 플랫폼, 채널, 메시지 ID는 주소에서 읽어 채웁니다. 나머지를 채워 주세요. 아무것도 내려받지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An observation without a file or link, e.g. what the victim saw in a chat room that has since been deleted.</source>
        <translation>파일이나 링크 없이 남기는 관찰 기록입니다. 예: 지금은 삭제된 대화방에서 피해자가 본 내용.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details of %1</source>
        <translation>%1 세부 정보</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file and its hashes stay as they are; these details describe where it was found.</source>
        <translation>파일과 해시는 그대로 유지됩니다. 여기서는 어디에서 발견했는지를 적습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found &amp;at (link):</source>
        <translation>발견 위치(&amp;A) (링크):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_details_dialog.ui" line="+6"/>
        <source>Evidence details</source>
        <translation>증거 세부 정보</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Link:</source>
        <translation>링크(&amp;L):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the link, e.g. https://t.me/channel/123</source>
        <translation>링크를 붙여 넣으세요. 예: https://t.me/channel/123</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Platform:</source>
        <translation>플랫폼(&amp;P):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hannel or chat room:</source>
        <translation>채널 또는 대화방(&amp;H):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channel &amp;ID:</source>
        <translation>채널 ID(&amp;I):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Message ID:</source>
        <translation>메시지 ID(&amp;M):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>P&amp;oster account:</source>
        <translation>게시자 계정(&amp;O):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Captured a&amp;t:</source>
        <translation>수집 일시(&amp;T):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Known</source>
        <translation>알고 있음</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Captured &amp;by:</source>
        <translation>수집한 사람(&amp;B):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who saved or photographed it (victim, counsellor…)</source>
        <translation>저장하거나 촬영한 사람 (피해자, 상담사 등)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the item shows, in neutral words. Avoid names.</source>
        <translation>무엇이 담겼는지 중립적으로 적으세요. 이름은 적지 마세요.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../caseapp/gui/evidence/model.py" line="+105"/>
        <source>Code</source>
        <translation>번호</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL or file name</source>
        <translation>URL 또는 파일 이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Captured at</source>
        <translation>수집 일시</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>검증</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— no stored copy</source>
        <translation>— 보관본 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ matches</source>
        <translation>✓ 일치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ problem</source>
        <translation>✗ 문제</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>hashes only</source>
        <translation>해시만</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a hash list</source>
        <translation>해시 목록에 있음</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SHA-256: %1
Ctrl+C copies it.</source>
        <translation>SHA-256: %1
Ctrl+C로 복사합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the file&apos;s fingerprints (SHA-256, MD5) are kept, not the file: the victim has not consented to copies being kept, or withdrew it.</source>
        <translation>파일은 보관하지 않고 지문(SHA-256, MD5)만 남겼습니다. 피해자가 사본 보관에 동의하지 않았거나 동의를 철회했습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a known-material hash list from: %1</source>
        <translation>다음 기관의 알려진 자료 해시 목록에 있음: %1</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../caseapp/gui/evidence/preview.py" line="+61"/>
        <location line="+237"/>
        <source>Evidence preview</source>
        <translation>증거 미리보기</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+192"/>
        <source>Select an evidence item to see it here.</source>
        <translation>증거를 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+189"/>
        <source>Preparing a blurred preview…</source>
        <translation>흐린 미리보기를 만드는 중…</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+11"/>
        <source>No preview could be made for this item.</source>
        <translation>이 항목은 미리보기를 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 픽셀</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The content of this file was not kept (no consent to keep copies). Its hashes are recorded.</source>
        <translation>이 파일의 내용은 보관하지 않았습니다 (사본 보관 동의 없음). 해시는 기록되어 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown type</source>
        <translation>알 수 없는 유형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No picture preview for this kind of file (%1).</source>
        <translation>이런 종류의 파일은 그림 미리보기가 없습니다 (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item has no file; see its details below.</source>
        <translation>이 항목에는 파일이 없습니다. 아래 세부 정보를 보세요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Content warning</source>
        <translation>콘텐츠 주의</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This image may show sexual or violent material.</source>
        <translation>이 이미지에는 성적이거나 폭력적인 내용이 있을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is shown unblurred until you select another item or leave this view. Seeing it is recorded in the item&apos;s chain of custody. Take a moment first if you need one.</source>
        <translation>다른 항목을 선택하거나 이 화면을 떠날 때까지 흐림 없이 표시됩니다. 열람 사실은 증거 보관 이력에 기록됩니다. 필요하면 잠시 숨을 고른 뒤 여세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the image</source>
        <translation>이미지 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it blurred</source>
        <translation>흐리게 두기</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Preview blurred again.</source>
        <translation>미리보기를 다시 흐리게 했습니다.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Reveal image…</source>
        <translation>이미지 보기(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this image unblurred, after a content warning. Recorded in the chain of custody.</source>
        <translation>주의 문구를 확인한 뒤 이미지를 흐림 없이 봅니다. 증거 보관 이력에 기록됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Blur again</source>
        <translation>다시 흐리게(&amp;B)</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../caseapp/gui/evidence/tab.py" line="+137"/>
        <source>Copy SHA-256</source>
        <translation>SHA-256 복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit details…</source>
        <translation>세부 정보 편집…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain of custody…</source>
        <translation>증거 보관 이력…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request takedown…</source>
        <translation>삭제 요청…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Files are kept encrypted in this case (the victim agreed to keep copies).</source>
        <translation>파일은 이 사건에 암호화되어 보관됩니다 (피해자가 사본 보관에 동의함).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No consent to keep copies: files are hashed and their content is discarded; only the hashes are kept.</source>
        <translation>사본 보관 동의가 없습니다: 파일은 해시만 계산하고 내용은 버립니다. 해시만 남습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting for police needs the victim&apos;s consent to share with police.</source>
        <translation>경찰 제출용 내보내기에는 피해자의 경찰 제공 동의가 필요합니다.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel or chat room</source>
        <translation>채널 또는 대화방</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel ID</source>
        <translation>채널 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message ID</source>
        <translation>메시지 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poster account</source>
        <translation>게시자 계정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captured at</source>
        <translation>수집 일시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured by</source>
        <translation>수집한 사람</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimensions</source>
        <translation>크기(픽셀)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDQ quality</source>
        <translation>비슷한 이미지 검사 품질</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at (EXIF)</source>
        <translation>촬영 일시 (EXIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original contains GPS location data.</source>
        <translation>원본에 GPS 위치 정보가 들어 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content kept in the encrypted store.</source>
        <translation>내용은 암호화된 저장소에 보관되어 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content not kept (no consent to keep copies).</source>
        <translation>내용은 보관하지 않았습니다 (사본 보관 동의 없음).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>similar image, PDQ distance %1</source>
        <translation>비슷한 이미지 검사 차이 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same MD5</source>
        <translation>MD5 일치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same SHA-256</source>
        <translation>SHA-256 일치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the hash list “%1” from %2 (%3).</source>
        <translation>%2에서 받은 해시 목록 “%1”에 있습니다(%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add evidence files</source>
        <translation>증거 파일 추가</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n item(s) skipped: only files can be added, not folders.</source>
        <translation>
            <numerusform>%n개를 건너뛰었습니다: 폴더가 아니라 파일만 추가할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The files are added once the consent is recorded.</source>
        <translation>동의를 기록하면 파일을 추가합니다.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Preparing…</source>
        <translation>준비하는 중…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File %1 of %2</source>
        <translation>파일 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more waiting</source>
        <translation>
            <numerusform>%n개 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding %1</source>
        <translation>%1 추가하는 중</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling… the file being added is not kept.</source>
        <translation>취소하는 중… 추가하던 파일은 보관하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>파일 %n개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be added.</source>
        <translation>
            <numerusform>파일 %n개는 추가하지 못했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) match evidence already stored: see below.</source>
        <translation>
            <numerusform>파일 %n개가 이미 보관된 증거와 일치합니다: 아래를 보세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) are on a known-material hash list: see below.</source>
        <translation>
            <numerusform>파일 %n개가 알려진 자료의 해시 목록에 있습니다. 아래를 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: the file being added when you cancelled was not stored; files not yet started were not added.</source>
        <translation>취소했습니다: 취소할 때 추가하던 파일은 보관하지 않았고, 아직 시작하지 않은 파일도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duplicate: the same file (identical SHA-256) is already evidence %1 in case %2.</source>
        <translation>중복: 같은 파일(SHA-256 동일)이 이미 사건 %2의 증거 %1입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looks like evidence %1 in case %2 (similar video, %3% of frames match).</source>
        <translation>사건 %2의 증거 %1의 재유포로 보입니다 (유사 동영상, 프레임 %3% 일치).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looks like evidence %1 in case %2 (similar image, PDQ distance %3).</source>
        <translation>사건 %2의 증거 %1{과} 비슷한 이미지입니다 (비슷한 이미지 검사 차이 %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open a re-upload request linked to %1</source>
        <translation>%1에 연결된 재유포 요청 만들기</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file could not be read (%1).</source>
        <translation>파일을 읽을 수 없습니다 (%1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Re-upload request %1 created and linked.</source>
        <translation>재유포 요청 %1{을} 만들어 연결했습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 is linked. This account appears in %n other case(s): %2</source>
        <translation>
            <numerusform>%1에 연결했습니다. 이 계정은 다른 사건 %n건에도 나옵니다: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is linked. This account appears in no other case.</source>
        <translation>%1에 연결했습니다. 이 계정은 다른 사건에는 나오지 않습니다.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Added %1.</source>
        <translation>%1{을} 추가했습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved the details of %1.</source>
        <translation>%1의 세부 정보를 저장했습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n message(s) imported as evidence.</source>
        <translation>
            <numerusform>메시지 %n개를 증거로 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n were already in this case.</source>
        <translation>
            <numerusform>%n개는 이미 이 사건에 있었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Copied %n SHA-256 value(s).</source>
        <translation>
            <numerusform>SHA-256 값 %n개를 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export hashes as a hash list</source>
        <translation>해시를 해시 목록으로 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV hash list (*.csv);;Text hash list (*.txt)</source>
        <translation>CSV 해시 목록 (*.csv);;텍스트 해시 목록 (*.txt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 item(s) written as a hash list to %2.</source>
        <translation>증거 항목 %1개를 해시 목록 %2에 썼습니다.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the stored evidence against its SHA-256…</source>
        <translation>보관된 증거를 SHA-256과 대조하는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n item(s) checked: every stored copy matches its SHA-256.</source>
        <translation>
            <numerusform>%n개 항목 검증: 보관본이 모두 SHA-256과 일치합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence check</source>
        <translation>증거 검증</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) do not check out. Do not hand them over until this is resolved; restore them from a backup if you can.</source>
        <translation>
            <numerusform>%n개 항목이 검증을 통과하지 못했습니다. 해결될 때까지 제출하지 마시고, 가능하면 백업에서 복원하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the evidence package</source>
        <translation>증거 묶음 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP archive (*.zip);;Folder (*)</source>
        <translation>ZIP 압축 파일 (*.zip);;폴더 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the evidence package…</source>
        <translation>증거 묶음을 만드는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence package written: %1</source>
        <translation>증거 묶음을 저장했습니다: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 items (%2 files) with SHA256SUMS, a manifest and a README were written to:
%3</source>
        <translation>증거 %1건(파일 %2개)과 SHA256SUMS, 목록, README를 다음 위치에 저장했습니다:
%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded by hash only, no file in the package (no consent to keep copies): %1</source>
        <translation>해시만 기록되어 증거 묶음에 파일이 없는 증거(사본 보관 미동의): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence package written</source>
        <translation>증거 묶음 저장 완료</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_tab.ui" line="+11"/>
        <source>&amp;Add files…</source>
        <translation>파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose files to add as evidence. You can also drop files onto this tab.</source>
        <translation>증거로 추가할 파일을 고르세요. 파일을 이 탭에 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;link…</source>
        <translation>링크 추가(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a link (Telegram, X, Instagram…) without downloading anything.</source>
        <translation>링크(텔레그램, X, 인스타그램 등)를 아무것도 내려받지 않고 기록합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add n&amp;ote…</source>
        <translation>메모 추가(&amp;O)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import &amp;chat…</source>
        <translation>대화 가져오기(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import messages from a Telegram Desktop export or a saved KakaoTalk conversation.</source>
        <translation>텔레그램 데스크톱 내보내기나 저장한 카카오톡 대화의 메시지를 가져옵니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Verify selected</source>
        <translation>선택 항목 검증(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-read the stored content of the selected items and compare it with their SHA-256.</source>
        <translation>선택한 항목의 보관 내용을 다시 읽어 SHA-256과 비교합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ver&amp;ify all</source>
        <translation>모두 검증(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export for police…</source>
        <translation>경찰 제출용 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the evidence files with SHA256SUMS and a manifest, for police. Needs the victim&apos;s consent to share with police.</source>
        <translation>경찰에 제출할 증거 파일을 SHA256SUMS, 목록 파일과 함께 저장합니다. 피해자의 경찰 제공 동의가 필요합니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Progress of this file</source>
        <translation>이 파일의 진행 상황</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Progress of all files</source>
        <translation>전체 파일의 진행 상황</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cl&amp;ose</source>
        <translation>닫기(&amp;O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What happened to each file</source>
        <translation>파일별 처리 결과</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Evidence items</source>
        <translation>증거 항목</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Drop files here to add them. Previews stay blurred until you reveal one.</source>
        <translation>여기에 파일을 끌어다 놓으면 추가됩니다. 미리보기는 직접 열기 전까지 흐리게 표시됩니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit &amp;details…</source>
        <translation>세부 정보 편집(&amp;D)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chain of c&amp;ustody…</source>
        <translation>증거 보관 이력(&amp;U)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request &amp;takedown…</source>
        <translation>삭제 요청(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a takedown request for the selected items, with their address filled in.</source>
        <translation>선택한 항목으로 삭제 요청을 시작합니다. 주소는 자동으로 채워집니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lin&amp;k to account…</source>
        <translation>계정에 연결(&amp;K)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link the selected item to a perpetrator account or channel, so it counts where that account appears in other cases.</source>
        <translation>선택한 증거를 가해자 계정이나 채널에 연결합니다. 그 계정이 다른 사건에 나오는지 셀 때 함께 셉니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cop&amp;y SHA-256</source>
        <translation>SHA-256 복사(&amp;Y)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export ha&amp;shes…</source>
        <translation>해시 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the hashes of the selected items (or of all the case&apos;s files) as a hash list for a partner or a platform: SHA-256, MD5, PDQ and the item codes, no files and nothing about the victim.</source>
        <translation>선택한 항목(선택이 없으면 사건의 모든 파일)의 해시를 협력 기관이나 플랫폼에 보낼 해시 목록으로 씁니다. SHA-256, MD5, PDQ와 증거 번호만 쓰며, 파일이나 피해자 정보는 쓰지 않습니다.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../caseapp/gui/followups/follow_up_dialog.py" line="+117"/>
        <source>%1: follow-up</source>
        <translation>%1: 후속 조치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2, due %3.</source>
        <translation>%2의 &apos;%1&apos;, 기한 %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> day(s)</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="+6"/>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Postpone by</source>
        <translation>다음 일수만큼 미루기(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days to postpone</source>
        <translation>미룰 일수</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New &amp;due date</source>
        <translation>새 기한(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New due date</source>
        <translation>새 기한</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Mark done</source>
        <translation>완료로 표시(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note kept with the follow-up</source>
        <translation>후속 조치와 함께 보관할 메모</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../caseapp/gui/followups/view.py" line="+84"/>
        <source>My cases</source>
        <translation>내 사건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s cases</source>
        <translation>모든 사건</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 overdue · %2 due today · %3 upcoming</source>
        <translation>기한 지남 %1 · 오늘까지 %2 · 예정 %3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Follow-ups</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Takedown requests waiting for you: send the request, check whether the material is still online, escalate, verify a removal or re-check for re-uploads. Double-click one to open its case.</source>
        <translation>처리할 삭제 요청 후속 조치입니다: 요청 보내기, 게시 여부 확인, 상위 단계 요청, 삭제 확인, 재유포 재확인. 두 번 누르면 해당 사건이 열립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/followups.ui" line="+11"/>
        <source>&amp;Show:</source>
        <translation>보기(&amp;S):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Postpone or mark done…</source>
        <translation>미루기 또는 완료 표시(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpone the selected follow-up, give it a new due date, or mark it done with a note.</source>
        <translation>선택한 후속 조치를 미루거나 새 기한을 정하거나 메모와 함께 완료로 표시하세요.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Follow-ups across all cases</source>
        <translation>모든 사건의 후속 조치</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipient</source>
        <translation>수신처</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counsellor</source>
        <translation>상담사</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../caseapp/gui/handover/handover_dialog.py" line="+115"/>
        <source>Save the case bundle</source>
        <translation>사건 꾸러미 저장</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case bundles (*.cabundle)</source>
        <translation>사건 꾸러미 (*.cabundle)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>On the receiving computer: Work → This store&apos;s key, then copy the key.</source>
        <translation>받는 컴퓨터에서 업무 → 이 저장소의 키를 열고 키를 복사하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fingerprint: %1 — compare it by phone with the one the receiving computer shows.</source>
        <translation>지문: %1 — 받는 컴퓨터에 보이는 지문과 같은지 전화로 확인하세요.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Victims&apos; details go only to a recipient the victim agreed to: choose who the bundle is for.</source>
        <translation>피해자 정보는 피해자가 동의한 수신처에만 보낼 수 있습니다. 꾸러미의 수신처를 고르세요.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Writing the case bundle…</source>
        <translation>사건 꾸러미를 쓰는 중…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled. No bundle was written.</source>
        <translation>취소했습니다. 꾸러미를 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 case(s) and %2 evidence file(s) written to %3; victims&apos; details in %4 of them.</source>
        <translation>사건 %1건과 증거 파일 %2개를 %3에 썼습니다. 그중 %4건에 피해자 정보가 들어 있습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the store with key fingerprint %1 can open it.</source>
        <translation>키 지문이 %1인 저장소만 열 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases handed over</source>
        <translation>사건 인계 완료</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not said (no victims&apos; details)</source>
        <translation>정하지 않음 (피해자 정보 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police (needs consent to share with police)</source>
        <translation>수사기관 (수사기관 제공 동의 필요)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deletion-support partner (needs takedown consent)</source>
        <translation>삭제 지원 협력 기관 (삭제 요청 동의 필요)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another office (needs consent to transfer)</source>
        <translation>다른 기관 (이관 동의 필요)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand over</source>
        <translation>인계</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialog.ui" line="+6"/>
        <source>Hand cases over</source>
        <translation>사건 인계</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writes the chosen cases into an encrypted case bundle for a colleague&apos;s laptop, the deletion-support team or another office. Evidence files go with them where the victim consented to copies being kept. Every case handed over is recorded in the audit log.</source>
        <translation>고른 사건을 암호화된 사건 꾸러미로 써서 동료의 노트북, 삭제 지원 팀 또는 다른 기관에 넘깁니다. 증거 파일은 피해자가 사본 보관에 동의한 경우에만 함께 갑니다. 인계한 사건은 모두 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Cases:</source>
        <translation>사건(&amp;C):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cases to hand over</source>
        <translation>인계할 사건</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Case number to add</source>
        <translation>추가할 사건 번호</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case number, e.g. 2026-0007</source>
        <translation>사건 번호 (예: 2026-0007)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move</source>
        <translation>빼기(&amp;M)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;For:</source>
        <translation>수신처(&amp;F):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Include victims&apos; &amp;identifying details</source>
        <translation>피해자 신원 정보 포함(&amp;I)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Encryption:</source>
        <translation>암호화:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To the receiving store&apos;s &amp;key (best)</source>
        <translation>받는 저장소의 키로 (권장)(&amp;K)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Receiving store&apos;s key</source>
        <translation>받는 저장소의 키</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the key: CASEAPP-KEY-1:…</source>
        <translation>키를 붙여 넣으세요: CASEAPP-KEY-1:…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>With a one-time bundle &amp;passphrase</source>
        <translation>일회용 꾸러미 암호 문구로(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save as:</source>
        <translation>저장할 곳(&amp;S):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bundle file</source>
        <translation>꾸러미 파일</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hoose…</source>
        <translation>고르기(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>HashListDialog</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/evidence/hash_list_dialog.py" line="+93"/>
        <source>%n evidence item(s) are on a hash list. They are marked in their case&apos;s evidence list and in police reports.</source>
        <translation>
            <numerusform>증거 항목 %n개가 해시 목록에 있습니다. 해당 사건의 증거 목록과 경찰 제출 보고서에 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evidence is on a hash list.</source>
        <translation>해시 목록에 있는 증거가 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>similar image, PDQ distance %1</source>
        <translation>비슷한 이미지 검사 차이 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same MD5</source>
        <translation>MD5 일치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same SHA-256</source>
        <translation>SHA-256 일치</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import a hash list</source>
        <translation>해시 목록 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash lists (*.csv *.txt);;All files (*)</source>
        <translation>해시 목록 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n malformed line(s) were skipped:</source>
        <translation>
            <numerusform>잘못된 줄 %n개를 건너뛰었습니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n line(s) of this file are not valid, so nothing was imported. Correct them, or tick “Skip malformed lines” to import the others.</source>
        <translation>
            <numerusform>이 파일에서 %n개 줄이 올바르지 않아 아무것도 가져오지 않았습니다. 해당 줄을 고치거나, “잘못된 줄 건너뛰기”를 선택해 나머지 줄만 가져오세요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove hash list</source>
        <translation>해시 목록 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the list “%1” from %2 with its %3 entries? Matches found through it are removed too.</source>
        <translation>%2에서 받은 목록 “%1”: 항목 %3개를 모두 삭제할까요? 이 목록으로 찾은 일치 결과도 함께 삭제됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/hash_list_dialog.ui" line="+5"/>
        <source>Hash lists</source>
        <translation>해시 목록</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hash lists of known material from partners, the police or platforms. Every evidence item is checked against every list, whichever arrives first: by SHA-256, MD5, or a similar image (PDQ, also rotated or mirrored).</source>
        <translation>협력 기관, 경찰, 플랫폼에서 받은 알려진 자료의 해시 목록입니다. 모든 증거 항목은 증거와 목록 중 어느 쪽이 먼저 들어오든 모든 목록과 대조됩니다: SHA-256, MD5, 또는 비슷한 이미지 검사(회전·반전된 사본 포함).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lists</source>
        <translation>목록(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a list</source>
        <translation>목록 가져오기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Supplied by:</source>
        <translation>제공한 곳(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who supplied the list</source>
        <translation>목록을 제공한 곳</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a partner, the police, a platform</source>
        <translation>협력 기관, 경찰, 플랫폼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the list</source>
        <translation>목록 이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file name if left empty</source>
        <translation>비워 두면 파일 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip malformed lines and import the others</source>
        <translation>잘못된 줄은 건너뛰고 나머지 가져오기(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import file…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Malformed lines</source>
        <translation>잘못된 줄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported hash lists</source>
        <translation>가져온 해시 목록</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Supplied by</source>
        <translation>제공한 곳</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>항목 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>가져온 때</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>가져온 사람</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched items</source>
        <translation>일치한 항목</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove list…</source>
        <translation>목록 삭제(&amp;R)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Matches</source>
        <translation>일치 결과(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence on hash lists</source>
        <translation>해시 목록에 있는 증거</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it matched</source>
        <translation>일치 방식</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>찾은 때</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../caseapp/gui/help_viewer.py" line="+43"/>
        <location line="+1"/>
        <source>User guide</source>
        <translation>사용자 안내서</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user guide is missing from this installation.</source>
        <translation>이 설치본에 사용자 안내서가 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lock at once (quick hide)</source>
        <translation>바로 잠그기(빠른 숨김)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc twice</source>
        <translation>Esc 두 번</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between fields</source>
        <translation>입력란 사이 이동</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../caseapp/gui/home/view.py" line="+266"/>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>My cases</source>
        <translation>내 사건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>모든 사건</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Back up now to keep the cases safe if this computer is lost or breaks.</source>
        <translation>컴퓨터를 잃어버리거나 고장 나도 사건을 지킬 수 있도록 지금 백업하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n evidence item(s) in %1 case(s) are on a known-material hash list.</source>
        <translation>
            <numerusform>사건 %1건의 증거 항목 %n개가 알려진 자료의 해시 목록에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (case %2): on “%3” from %4</source>
        <translation>%1(사건 %2): %4에서 받은 “%3”에 있음</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hello, %1. Figures for all cases of the office; the chart counts takedown requests sent and removals recorded in the last six months.</source>
        <translation>%1 님, 안녕하세요. 기관의 모든 사건 수치입니다. 그래프는 최근 6개월 동안 보낸 삭제 요청과 기록된 삭제를 셉니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hello, %1. Figures for your cases; the chart counts takedown requests sent and removals recorded in the last six months.</source>
        <translation>%1 님, 안녕하세요. 담당 사건의 현황입니다. 그래프는 최근 6개월 동안 보낸 삭제 요청과 기록된 삭제 건수입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="+35"/>
        <source>&amp;Back up now…</source>
        <translation>지금 백업(&amp;B)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show the &amp;matches…</source>
        <translation>일치 결과 보기(&amp;M)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>follow-ups overdue</source>
        <translation>기한 지난 후속 조치</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>follow-ups due today</source>
        <translation>오늘까지인 후속 조치</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>open cases</source>
        <translation>진행 중인 사건</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cases without activity for 14 days</source>
        <translation>14일 동안 활동 없는 사건</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+7"/>
        <source>Open cases by status</source>
        <translation>상태별 진행 중인 사건</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+58"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Cases</source>
        <translation>사건 수</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Without activity for 14 days (double-click to open)</source>
        <translation>14일 동안 활동 없음 (두 번 눌러 열기)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cases without activity for 14 days</source>
        <translation>14일 동안 활동 없는 사건</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pseudonym</source>
        <translation>가명</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last activity</source>
        <translation>마지막 활동</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Takedown requests sent and removals, per month</source>
        <translation>월별 삭제 요청 발송 및 삭제 건수</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Open follow-ups</source>
        <translation>후속 조치 열기(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose cases the figures count</source>
        <translation>수치에 셀 사건</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../caseapp/gui/cases/identity_tab.py" line="+72"/>
        <source>Identity</source>
        <translation>신원</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Identity shown; this was recorded in the audit log.</source>
        <translation>신원을 표시했습니다. 감사 기록에 남았습니다.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>How to contact</source>
        <translation>연락 방법</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>You have unsaved changes to these details from before CaseApp locked. Show the identity to review and save them.</source>
        <translation>CaseApp이 잠기기 전에 저장하지 않은 신원 정보 변경 사항이 있습니다. 신원을 보고 확인한 뒤 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/case_identity_tab.ui" line="+20"/>
        <source>The victim&apos;s identifying details are hidden. Showing them is recorded in the audit log with your name.</source>
        <translation>피해자의 신원 정보는 숨겨져 있습니다. 신원을 보면 내 이름과 함께 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show &amp;identity</source>
        <translation>신원 보기(&amp;I)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Identifying details are shown. Hide them when you no longer need them.</source>
        <translation>신원 정보가 보이는 상태입니다. 더 필요 없으면 숨기세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>H&amp;ide identity</source>
        <translation>신원 숨기기(&amp;I)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Victim name</source>
        <translation>피해자 이름</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferred name:</source>
        <translation>불리고 싶은 이름(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preferred name</source>
        <translation>불리고 싶은 이름</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Birth year:</source>
        <translation>출생 연도(&amp;B):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Birth year</source>
        <translation>출생 연도</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 2008 (leave empty if unknown)</source>
        <translation>예: 2008 (모르면 비워 두세요)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gender:</source>
        <translation>성별(&amp;G):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language the victim prefers</source>
        <translation>피해자가 편한 언어</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Contacts:</source>
        <translation>연락처(&amp;C):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contact channels</source>
        <translation>연락 방법</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How</source>
        <translation>방법</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number, address or ID</source>
        <translation>번호, 주소 또는 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safe times</source>
        <translation>연락해도 안전한 시간</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add contact</source>
        <translation>연락처 추가</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove contact</source>
        <translation>연락처 삭제</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Do not contact by:</source>
        <translation>연락하면 안 되는 방법(&amp;D):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Do not contact by</source>
        <translation>연락하면 안 되는 방법</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>G&amp;uardian:</source>
        <translation>보호자(&amp;U):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guardian name</source>
        <translation>보호자 이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (for a minor)</source>
        <translation>이름(미성년자인 경우)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guardian relation</source>
        <translation>보호자와의 관계</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guardian contact</source>
        <translation>보호자 연락처</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note about the victim</source>
        <translation>피해자 메모</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../caseapp/gui/labels.py" line="+34"/>
        <source>Counsellor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone call</source>
        <translation>전화 통화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation>문자 메시지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KakaoTalk</source>
        <translation>카카오톡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>텔레그램</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>우편</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../caseapp/gui/takedowns/dialogs.py" line="+374"/>
        <location line="+65"/>
        <source>Writing the letter…</source>
        <translation>요청서를 만드는 중…</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Check the text before sending it. Copy it into the recipient&apos;s web form or e-mail, or save it; then record that it was sent.</source>
        <translation>보내기 전에 내용을 확인하세요. 수신처의 웹 양식이나 전자우편에 붙여 넣거나 파일로 저장한 뒤, 보낸 사실을 기록하세요.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copied. Paste it into the web form or e-mail; the clipboard is cleared in two minutes.</source>
        <translation>복사했습니다. 웹 양식이나 전자우편에 붙여 넣으세요. 클립보드는 2분 뒤 비워집니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text file (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the letter</source>
        <translation>요청서 저장</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1 (SHA-256 %2).</source>
        <translation>%1에 저장했습니다 (SHA-256 %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter saved</source>
        <translation>요청서 저장 완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter was saved to:
%1</source>
        <translation>요청서를 다음 위치에 저장했습니다:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter for %1 to %2</source>
        <translation>%1 요청서 (%2에게)</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_letter_dialog.ui" line="+6"/>
        <source>Takedown letter</source>
        <translation>삭제 요청서</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Form:</source>
        <translation>양식(&amp;F):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the &amp;victim</source>
        <translation>피해자 이름 포함(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off unless the recipient needs the name. Showing the name is recorded in the audit log.</source>
        <translation>수신처가 이름을 요구할 때만 켜세요. 이름 표시는 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Letter text</source>
        <translation>요청서 내용</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Copy text</source>
        <translation>내용 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the text to paste into a web form or an e-mail. The clipboard is cleared again after two minutes.</source>
        <translation>웹 양식이나 전자우편에 붙여 넣을 수 있게 내용을 복사합니다. 클립보드는 2분 뒤 다시 비워집니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as &amp;PDF…</source>
        <translation>PDF로 저장(&amp;P)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as &amp;text…</source>
        <translation>텍스트로 저장(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="+196"/>
        <location filename="../../ui/main_window.ui" line="+9"/>
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CaseApp — %1</source>
        <translation>CaseApp — %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Your unsaved changes were kept while CaseApp was locked. Review and save them.</source>
        <translation>잠겨 있는 동안 저장하지 않은 변경 사항을 보관했습니다. 확인하고 저장하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocked. Working as %1.</source>
        <translation>잠금을 풀었습니다. %1 이름으로 작업합니다.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Locked.</source>
        <translation>잠갔습니다.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>About CaseApp</source>
        <translation>CaseApp 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseApp %1
An offline, encrypted case manager for counsellors who support victims of digital sex crimes. Nothing is sent over the network.</source>
        <translation>CaseApp %1
디지털 성범죄 피해자를 지원하는 상담사를 위한 오프라인 암호화 사건 관리 프로그램입니다. 네트워크로 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>User &amp;guide</source>
        <translation>사용자 안내서(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore a backup…</source>
        <translation>백업 복원(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup into a new folder, or over this store while it is locked</source>
        <translation>백업을 새 폴더에 복원하거나, 잠겨 있을 때 이 저장소를 대신해 복원합니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+6"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;New case</source>
        <translation>새 사건(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new case (Ctrl+N)</source>
        <translation>새 사건 열기(Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find cases</source>
        <translation>사건 찾기(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the case list (Ctrl+F)</source>
        <translation>사건 목록 검색(Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the open case (Ctrl+S)</source>
        <translation>열린 사건 저장(Ctrl+S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close case</source>
        <translation>사건 닫기(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ettings…</source>
        <translation>설정(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock</source>
        <translation>잠그기(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock CaseApp now (Ctrl+L, or Esc twice)</source>
        <translation>지금 CaseApp 잠그기(Ctrl+L 또는 Esc 두 번)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch c&amp;ounsellor…</source>
        <translation>상담사 바꾸기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About CaseApp</source>
        <translation>CaseApp 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../caseapp/gui/cases/new_case_dialog.py" line="+44"/>
        <source>Open the case</source>
        <translation>사건 열기</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.ui" line="+9"/>
        <source>New case</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case gets the next number and starts in Intake. Only a pseudonym is shown in lists; the victim&apos;s identity goes in the Identity section.</source>
        <translation>사건에는 다음 번호가 붙고 접수 상태로 시작합니다. 목록에는 가명만 보이며, 피해자 신원은 신원 항목에 적습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Pseudonym:</source>
        <translation>가명(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pseudonym</source>
        <translation>가명</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty for an automatic code</source>
        <translation>비워 두면 자동으로 코드를 붙입니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Risk:</source>
        <translation>위험도(&amp;R):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Risk</source>
        <translation>위험도</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;ags:</source>
        <translation>태그(&amp;A):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags, separated by commas</source>
        <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Deepfake, Minor victim</source>
        <translation>예: 딥페이크, 미성년 피해자</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ummary:</source>
        <translation>요약(&amp;U):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
</context>
<context>
    <name>NewTakedownDialog</name>
    <message>
        <location filename="../../caseapp/gui/takedowns/dialogs.py" line="-355"/>
        <source>Takedown request %1 created as a draft.</source>
        <translation>삭제 요청 %1{을} 초안으로 만들었습니다.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Shown to the recipient as:</source>
        <translation>수신처에는 이렇게 표시됩니다:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type or paste the address of the material.</source>
        <translation>촬영물이 있는 주소를 입력하거나 붙여 넣으세요.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Create request</source>
        <translation>요청 만들기(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None selected</source>
        <translation>선택 안 함</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A draft request for the selected evidence. Check the address and the recipient, then create it; you write and send the letter next.</source>
        <translation>선택한 증거로 만드는 요청 초안입니다. 주소와 수신처를 확인하고 만드세요. 요청서 작성과 발송은 다음 단계입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A draft request for one address. To cover evidence items, start from the Evidence section.</source>
        <translation>주소 하나에 대한 요청 초안입니다. 증거를 연결하려면 증거 탭에서 시작하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selected items have %1 different addresses; one request covers one address, so choose it here and create one request per address.</source>
        <translation>선택한 항목의 주소가 %1개입니다. 요청 하나는 주소 하나를 다루므로, 여기서 주소를 고르고 주소마다 요청을 하나씩 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_new_dialog.ui" line="+6"/>
        <source>New takedown request</source>
        <translation>새 삭제 요청</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Record consent &amp;now…</source>
        <translation>지금 동의 기록(&amp;N)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Target:</source>
        <translation>대상(&amp;T):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Recipient:</source>
        <translation>수신처(&amp;R):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>C&amp;hannel:</source>
        <translation>신고 경로(&amp;H):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>As&amp;k to:</source>
        <translation>요청 내용(&amp;K):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;ontent type:</source>
        <translation>촬영물 유형(&amp;O):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Evidence:</source>
        <translation>증거:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;What the material is:</source>
        <translation>촬영물 설명(&amp;W):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Describe the material, never the person in it.</source>
        <translation>촬영물을 설명하고, 등장하는 사람에 대해서는 적지 마세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Titles or ke&amp;ywords:</source>
        <translation>제목 또는 검색어(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../caseapp/gui/ops.py" line="+162"/>
        <source>Please wait</source>
        <translation>잠시 기다려 주세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../caseapp/gui/cases/overview_tab.py" line="+63"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nobody yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (reopen)</source>
        <translation>%1 (다시 열기)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opened %1 · last updated %2</source>
        <translation>접수 %1 · 마지막 수정 %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Case %1 is now: %2</source>
        <translation>사건 %1의 상태: %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_overview_tab.ui" line="+14"/>
        <source>&amp;Pseudonym:</source>
        <translation>가명(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pseudonym</source>
        <translation>가명</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Risk:</source>
        <translation>위험도(&amp;R):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Risk</source>
        <translation>위험도</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ounsellor:</source>
        <translation>상담사(&amp;O):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assigned counsellor</source>
        <translation>담당 상담사</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Legal categories:</source>
        <translation>법적 유형(&amp;L):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Legal categories</source>
        <translation>법적 유형</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick every category the case falls under; a deepfake of a minor is both synthetic material and material of a minor.</source>
        <translation>사건에 해당하는 유형을 모두 고르세요. 미성년자를 합성한 딥페이크는 허위영상물이면서 성착취물입니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>T&amp;ags:</source>
        <translation>태그(&amp;A):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags, separated by commas</source>
        <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deepfake, Sextortion, Minor victim … separated by commas</source>
        <translation>딥페이크, 성착취 협박, 미성년 피해자 … 쉼표로 구분</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ummary:</source>
        <translation>요약(&amp;U):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now:</source>
        <translation>현재:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current status</source>
        <translation>현재 상태</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;to:</source>
        <translation>바꿀 상태(&amp;T):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New status</source>
        <translation>새 상태</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason for the status change</source>
        <translation>상태를 바꾸는 사유</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason (optional)</source>
        <translation>사유(선택)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change &amp;status</source>
        <translation>상태 바꾸기(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../caseapp/gui/passphrase_fields.py" line="+92"/>
        <source>Very weak</source>
        <translation>매우 약함</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weak</source>
        <translation>약함</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>보통</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>강함</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing typed yet</source>
        <translation>아직 입력하지 않음</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least %1 characters</source>
        <translation>%1자 이상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 so far)</source>
        <translation>(지금 %1자)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard to guess (Good or Strong)</source>
        <translation>추측하기 어려움(좋음 또는 강함)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type it a second time</source>
        <translation>한 번 더 입력하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both entries match</source>
        <translation>두 번 입력한 내용이 같습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two entries are different</source>
        <translation>두 번 입력한 내용이 다릅니다</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.ui" line="+21"/>
        <source>Use at least 10 characters: four or more unrelated words, or a sentence only you would think of. Korean, English, spaces and symbols are all fine. Nobody can reset it for you; the recovery code is the only other way in.</source>
        <translation>10자 이상으로 정하세요. 서로 관계없는 단어 네 개 이상이나, 나만 떠올릴 수 있는 문장이 좋습니다. 한글, 영문, 띄어쓰기, 기호 모두 쓸 수 있습니다. 누구도 암호 문구를 대신 재설정해 줄 수 없으며, 복구 코드가 유일한 다른 방법입니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New &amp;passphrase:</source>
        <translation>새 암호 문구(&amp;P):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New passphrase</source>
        <translation>새 암호 문구</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Repeat it:</source>
        <translation>한 번 더(&amp;R):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Repeat the new passphrase</source>
        <translation>새 암호 문구 한 번 더 입력</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show what I type</source>
        <translation>입력한 내용 보기(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Strength:</source>
        <translation>강도:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Passphrase strength</source>
        <translation>암호 문구 강도</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../caseapp/gui/setup/wizard.py" line="+150"/>
        <source>Create the encrypted store</source>
        <translation>암호화 저장소 만들기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating the encrypted store. Measuring this computer&apos;s speed to set the key strength takes a few seconds…</source>
        <translation>암호화 저장소를 만드는 중입니다. 키 강도를 정하려고 이 컴퓨터의 속도를 재느라 몇 초 걸립니다…</translation>
    </message>
</context>
<context>
    <name>PoliceReportDialog</name>
    <message>
        <location filename="../../caseapp/gui/reports/police_report_dialog.py" line="+93"/>
        <source>%1 police report</source>
        <translation>%1 수사기관 제출 보고서</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the police report</source>
        <translation>수사기관 제출 보고서 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The two passwords are not the same.</source>
        <translation>두 PDF 비밀번호가 서로 다릅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the report.</source>
        <translation>보고서를 저장할 곳을 고르세요.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Police report written</source>
        <translation>보고서 작성 완료</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Report %1 (%2 pages) was written to:
%3

SHA-256: %4
It is registered in the case; a copy can be matched later with Check a copy.</source>
        <translation>보고서 %1(%2쪽)을 다음 위치에 저장했습니다:
%3

SHA-256: %4
사건에 등록되었으므로 나중에 &apos;사본 확인&apos;으로 사본을 대조할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF password: %1
Write it down now and give it to the officer separately. CaseApp does not keep it and will not show it again.</source>
        <translation>PDF 비밀번호: %1
지금 적어 두고 수사관에게 따로 전달하세요. CaseApp은 이 비밀번호를 보관하지 않으며 다시 보여 주지 않습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Build an internal draft</source>
        <translation>내부 초안 만들기</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the police report…</source>
        <translation>보고서를 만드는 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Police report for %1</source>
        <translation>%1 수사기관 제출 보고서</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report lists the case, its timeline, every evidence item with its SHA-256 and chain of custody, and the takedown history. Every report is registered so a copy handed to police can be matched later.</source>
        <translation>보고서에는 사건, 경과, 모든 증거와 그 SHA-256 및 증거 보관 이력, 삭제 요청 이력이 담깁니다. 모든 보고서는 등록되므로 경찰에 건넨 사본을 나중에 대조할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The victim agreed to share the case with police.</source>
        <translation>피해자가 경찰에 사건 정보를 제공하는 데 동의했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The victim withdrew consent to share with police. A report for police needs it: record it again if they agree, or build an internal draft marked as not for submission.</source>
        <translation>피해자가 수사기관 제공 동의를 철회했습니다. 수사기관 제출 보고서에는 이 동의가 필요합니다. 피해자가 다시 동의하면 기록하거나, 제출용이 아니라고 표시되는 내부 초안을 만드세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The victim has not given consent to share with police. A report for police needs it: record it if they agree, or build an internal draft marked as not for submission.</source>
        <translation>피해자가 수사기관 제공에 동의하지 않았습니다. 수사기관 제출 보고서에는 이 동의가 필요합니다. 피해자가 동의하면 기록하거나, 제출용이 아니라고 표시되는 내부 초안을 만드세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create report</source>
        <translation>보고서 만들기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/report_police_dialog.ui" line="+6"/>
        <source>Create police report</source>
        <translation>수사기관 제출 보고서 만들기</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Addressed to:</source>
        <translation>수신처(&amp;A):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Seoul Mapo Police Station, Cyber Crime Unit</source>
        <translation>예: 서울마포경찰서 사이버수사팀</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include:</source>
        <translation>포함할 내용:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The victim&apos;s &amp;identifying details</source>
        <translation>피해자 신원 정보(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blurred &amp;thumbnails of image evidence</source>
        <translation>이미지 증거의 흐린 썸네일(&amp;T)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the &amp;victim asks for:</source>
        <translation>피해자의 요청 사항(&amp;V):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Password (optional):</source>
        <translation>PDF 비밀번호(&amp;P) (선택):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave empty for no password</source>
        <translation>비워 두면 PDF 비밀번호 없음</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Generate</source>
        <translation>만들기(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a strong password and show it once, to give the officer separately</source>
        <translation>강력한 비밀번호를 만들어 한 번만 보여 줍니다. 수사관에게 따로 전달하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate a PDF password</source>
        <translation>PDF 비밀번호 만들기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Repeat password:</source>
        <translation>PDF 비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save as:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Progress of the report</source>
        <translation>보고서 작성 진행 상황</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../ui/profile_picker.ui" line="+32"/>
        <source>Who is working now?</source>
        <translation>지금 누가 작업하나요?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everything you do is recorded under this profile.</source>
        <translation>하는 모든 작업이 이 프로필 이름으로 기록됩니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counsellor profiles</source>
        <translation>상담사 프로필</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Or add a &amp;new profile:</source>
        <translation>또는 새 프로필 추가(&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the new profile</source>
        <translation>새 프로필 이름</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../caseapp/gui/selftest_qt.py" line="+127"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ReceiveHandoverDialog</name>
    <message>
        <location filename="../../caseapp/gui/handover/receive_dialog.py" line="+56"/>
        <source>Choose a case bundle</source>
        <translation>사건 꾸러미 고르기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case bundles (*.cabundle)</source>
        <translation>사건 꾸러미 (*.cabundle)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Made for this store&apos;s key: it opens without a passphrase.</source>
        <translation>이 저장소의 키로 만든 꾸러미입니다. 암호 문구 없이 열립니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked with a bundle passphrase: type the passphrase the sender gave you.</source>
        <translation>꾸러미 암호 문구로 잠겨 있습니다. 보낸 사람이 알려 준 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a CaseApp case bundle.</source>
        <translation>CaseApp 사건 꾸러미가 아닙니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such file.</source>
        <translation>그런 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Checking the bundle…</source>
        <translation>꾸러미를 확인하는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The bundle is intact. It holds %n case(s)</source>
        <translation>
            <numerusform>꾸러미가 온전합니다. 사건 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> and %n evidence file(s).</source>
        <translation>
            <numerusform>과 증거 파일 %n개가 들어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From: %1</source>
        <translation>보낸 기관: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Victims&apos; identifying details: in %n case(s).</source>
        <translation>
            <numerusform>피해자 신원 정보: %n건에 들어 있음.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing the cases…</source>
        <translation>사건을 가져오는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n case(s) imported</source>
        <translation>
            <numerusform>사건 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, with %n evidence file(s):</source>
        <translation>
            <numerusform>과 증거 파일 %n개를 가져왔습니다:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover received</source>
        <translation>인계받기 완료</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>취소했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/receive_handover_dialog.ui" line="+6"/>
        <source>Receive a handover</source>
        <translation>인계받기</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adds the cases of a case bundle to this store. The whole bundle is checked first; nothing is written unless all of it is intact.</source>
        <translation>사건 꾸러미의 사건을 이 저장소에 더합니다. 먼저 꾸러미 전체를 확인하며, 모두 온전할 때만 저장합니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Bundle:</source>
        <translation>꾸러미(&amp;B):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bundle file</source>
        <translation>꾸러미 파일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A .cabundle file</source>
        <translation>.cabundle 파일</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hoose…</source>
        <translation>고르기(&amp;H)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bundle &amp;passphrase:</source>
        <translation>꾸러미 암호 문구(&amp;P):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chec&amp;k the bundle</source>
        <translation>꾸러미 확인(&amp;K)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cases in the bundle</source>
        <translation>꾸러미에 든 사건</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <location filename="../../caseapp/gui/consent_prompt.py" line="-108"/>
        <location filename="../../ui/record_consent_dialog.ui" line="+15"/>
        <source>Record only what the victim actually agreed to.</source>
        <translation>피해자가 실제로 동의한 내용만 기록하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/record_consent_dialog.ui" line="-6"/>
        <source>Record consent</source>
        <translation>동의 기록</translation>
    </message>
    <message>
        <location filename="../../ui/record_consent_dialog.ui" line="+21"/>
        <source>Consent to:</source>
        <translation>동의 항목:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;How it was given:</source>
        <translation>받은 방법(&amp;H):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How it was given</source>
        <translation>받은 방법</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Given on:</source>
        <translation>동의한 날(&amp;G):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Given on</source>
        <translation>동의한 날</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. signed form in the case folder</source>
        <translation>예: 서명한 동의서를 사건 서류철에 보관</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../caseapp/gui/lock/recovery_dialog.py" line="+45"/>
        <source>Unlock and set the new passphrase</source>
        <translation>잠금 해제하고 새 암호 문구 설정</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checking the recovery code and setting the new passphrase…</source>
        <translation>복구 코드를 확인하고 새 암호 문구를 설정하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="+9"/>
        <source>Forgot the passphrase</source>
        <translation>암호 문구 분실</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the recovery code from the Recovery Kit kept in the office safe, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>사무실 금고에 보관한 복구 키트의 복구 코드를 입력하고 새 암호 문구를 정하세요. 이전 암호 문구는 더 이상 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovery &amp;code:</source>
        <translation>복구 코드(&amp;C):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <location filename="../../caseapp/gui/setup/recovery_kit_dialog.py" line="+33"/>
        <source>Recovery Kit not saved</source>
        <translation>복구 키트를 저장하지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new recovery code will not be shown again, and the old one no longer works. Close without saving the Recovery Kit?</source>
        <translation>새 복구 코드는 다시 표시되지 않고, 이전 코드는 더 이상 쓸 수 없습니다. 복구 키트를 저장하지 않고 닫을까요?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_kit_dialog.ui" line="+9"/>
        <source>New recovery code</source>
        <translation>새 복구 코드</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old recovery code and every printed Recovery Kit with it no longer work. Replace the kit in the office safe with the new one.</source>
        <translation>이전 복구 코드와 그 코드가 인쇄된 복구 키트는 더 이상 쓸 수 없습니다. 사무실 금고의 키트를 새 키트로 바꾸세요.</translation>
    </message>
</context>
<context>
    <name>RecoveryKitPanel</name>
    <message>
        <location filename="../../caseapp/gui/setup/recovery_kit_panel.py" line="+65"/>
        <source>CaseApp Recovery Kit</source>
        <translation>CaseApp 복구 키트</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the Recovery Kit</source>
        <translation>복구 키트 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the Recovery Kit…</source>
        <translation>복구 키트를 만드는 중…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to %1. Print it now, put it in the office safe, then delete the file.</source>
        <translation>%1에 저장했습니다. 지금 인쇄해서 사무실 금고에 넣고, 파일은 지우세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it to print</source>
        <translation>열어서 인쇄하기</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_kit_panel.ui" line="+21"/>
        <source>This is the recovery code. It is shown only now. If the passphrase is ever forgotten, the recovery code is the only way to open the records: nobody, including the makers of CaseApp, can open them without one of the two.</source>
        <translation>이것이 복구 코드입니다. 지금 한 번만 보여 줍니다. 암호 문구를 잊으면 복구 코드만이 기록을 열 수 있는 유일한 방법입니다. 둘 중 하나가 없으면 CaseApp을 만든 사람을 포함해 누구도 기록을 열 수 없습니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Save the Recovery Kit PDF (it holds this code).
2. Print it and put it in the office safe.
3. Delete the PDF file from this computer.</source>
        <translation>1. 복구 키트 PDF를 저장하세요(이 코드가 들어 있습니다).
2. 인쇄해서 사무실 금고에 보관하세요.
3. 이 컴퓨터에서 PDF 파일을 지우세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save the Recovery Kit PDF…</source>
        <translation>복구 키트 PDF 저장(&amp;S)…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>I have saved the Recovery Kit and will keep it &amp;printed in a safe place.</source>
        <translation>복구 키트를 저장했고, 인쇄해서 안전한 곳에 보관하겠습니다(&amp;P).</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../caseapp/gui/reports/tab.py" line="+54"/>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>identity</source>
        <translation>신원 포함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym only</source>
        <translation>가명만</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thumbnails</source>
        <translation>썸네일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>PDF 비밀번호</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Size: %1</source>
        <translation>크기: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addressed to: %1</source>
        <translation>수신처: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report %1 written and registered.</source>
        <translation>보고서 %1{을} 만들고 등록했습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied the SHA-256 of %1.</source>
        <translation>%1의 SHA-256을 복사했습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the PDF to check</source>
        <translation>확인할 PDF 선택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check a copy</source>
        <translation>사본 확인</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a report registered in CaseApp: it may have been changed, or it comes from elsewhere.</source>
        <translation>%1{은} CaseApp에 등록된 보고서가 아닙니다: 내용이 바뀌었거나 다른 곳에서 온 파일일 수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is report %2 of case %3, created %4 by %5, unchanged.</source>
        <translation>%1{은} 사건 %3의 보고서 %2{이며}, %4에 %5 님이 만들었고 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every report written for this case, newest first. The SHA-256 identifies the exact file; a copy handed to police can be checked against it.</source>
        <translation>이 사건에서 만든 모든 보고서입니다 (최신 순). SHA-256으로 파일을 정확히 식별하므로 경찰에 건넨 사본을 대조할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report_tab.ui" line="+11"/>
        <source>&amp;Create police report…</source>
        <translation>수사기관 제출 보고서 만들기(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a PDF (for example a copy returned by police) to see whether it is a registered report of this store.</source>
        <translation>PDF(예: 경찰에서 돌려받은 사본)를 골라 이 저장소에 등록된 보고서인지 확인합니다.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Check a co&amp;py…</source>
        <translation>사본 확인(&amp;P)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cop&amp;y SHA-256</source>
        <translation>SHA-256 복사(&amp;Y)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reports of this case</source>
        <translation>이 사건의 보고서</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created</source>
        <translation>작성 일시</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>쪽수</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Included</source>
        <translation>포함 내용</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../caseapp/gui/backup/restore_dialog.py" line="+70"/>
        <source>To replace the current store, lock CaseApp first and open Restore from the unlock screen&apos;s File menu.</source>
        <translation>현재 저장소를 바꾸려면 먼저 CaseApp을 잠그고 잠금 해제 화면의 파일 메뉴에서 복원을 여세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current data folder is renamed and kept next to it, so nothing is lost.</source>
        <translation>현재 데이터 폴더는 이름을 바꿔 그 옆에 보관되므로 잃어버리는 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a backup file</source>
        <translation>백업 파일 고르기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseApp backups (*.cabk)</source>
        <translation>CaseApp 백업 (*.cabk)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a backup folder</source>
        <translation>백업 폴더 고르기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to restore</source>
        <translation>복원할 위치 고르기</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This is not a backup CaseApp can read.</source>
        <translation>CaseApp이 읽을 수 있는 백업이 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Made %1 · %n case(s) · %2</source>
        <translation>
            <numerusform>%1 생성 · 사건 %n건 · %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The backup is complete: every part matches its checksum, both databases open with this secret and the audit log is intact.</source>
        <translation>백업이 온전합니다. 모든 부분이 체크섬과 일치하고, 두 데이터베이스가 이 암호 문구로 열리며, 감사 기록도 손상되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verifying the backup…</source>
        <translation>백업 검증 중…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored into %1.</source>
        <translation>%1에 복원했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data that was there is kept in %1.</source>
        <translation>원래 있던 데이터는 %1에 보관했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current store was not touched.</source>
        <translation>현재 저장소는 건드리지 않았습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring the backup…</source>
        <translation>백업 복원 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>취소했습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was restored.</source>
        <translation>복원하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="+6"/>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Backup:</source>
        <translation>백업(&amp;B):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup file or folder</source>
        <translation>백업 파일 또는 폴더</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A .cabk file or a backup folder</source>
        <translation>.cabk 파일 또는 백업 폴더</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File…</source>
        <translation>파일(&amp;F)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;older…</source>
        <translation>폴더(&amp;O)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snaps&amp;hot:</source>
        <translation>스냅숏(&amp;H):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>백업의 암호 문구(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase or recovery code of the backed-up store</source>
        <translation>백업한 저장소의 암호 문구 또는 복구 코드</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It is the &amp;recovery code</source>
        <translation>복구 코드입니다(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore into</source>
        <translation>복원할 곳</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A &amp;new data folder (try it without touching the current store)</source>
        <translation>새 데이터 폴더(&amp;N) (현재 저장소를 건드리지 않고 확인)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New data folder</source>
        <translation>새 데이터 폴더</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choo&amp;se…</source>
        <translation>고르기(&amp;S)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R&amp;eplace the current store (its data is kept aside)</source>
        <translation>현재 저장소 바꾸기(&amp;E) (기존 데이터는 따로 보관)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Verify</source>
        <translation>검증(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Res&amp;tore</source>
        <translation>복원(&amp;T)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../caseapp/gui/cases/retention_dialog.py" line="+40"/>
        <source> year(s)</source>
        <translation>년</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These closed cases have had no activity for longer than the keeping time. Deleting one removes its records, evidence files and the victim&apos;s details for good; the audit trail keeps only the case number and counts.</source>
        <translation>보관 기간보다 오래 활동이 없는 종결 사건입니다. 삭제하면 기록, 증거 파일, 피해자 정보가 완전히 지워지고 감사 기록에는 사건 번호와 건수만 남습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No closed case is past its keeping time.</source>
        <translation>보관 기간이 지난 종결 사건이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No supervisor profile has a PIN yet, so nothing can be deleted. An office admin sets one with: caseapp-admin counsellor set-pin NAME --pin-stdin</source>
        <translation>PIN이 있는 관리자 프로필이 아직 없어 삭제할 수 없습니다. 사무실 관리자가 다음 명령으로 설정하세요: caseapp-admin counsellor set-pin NAME --pin-stdin</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../ui/retention_dialog.ui" line="+6"/>
        <source>Retention review</source>
        <translation>보관 기간 검토</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1 is open in a tab. Close it first.</source>
        <translation>사건 %1{이} 탭에 열려 있습니다. 먼저 닫으세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete case</source>
        <translation>사건 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete case %1 with all its records and evidence files? This cannot be undone.</source>
        <translation>사건 %1{을} 모든 기록, 증거 파일과 함께 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deleting case %1…</source>
        <translation>사건 %1 삭제 중…</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.ui" line="+14"/>
        <source>&amp;Keep closed cases for:</source>
        <translation>종결 사건 보관 기간(&amp;K):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Years to keep closed cases</source>
        <translation>종결 사건을 보관할 햇수</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sa&amp;ve</source>
        <translation>저장(&amp;V)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Closed cases past their keeping time</source>
        <translation>보관 기간이 지난 종결 사건</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last activity</source>
        <translation>마지막 활동</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deletion, confirmed by a supervisor</source>
        <translation>관리자 확인 후 삭제</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;upervisor:</source>
        <translation>관리자(&amp;U):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Supervisor &amp;PIN:</source>
        <translation>관리자 PIN(&amp;P):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Supervisor PIN</source>
        <translation>관리자 PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete the selected case</source>
        <translation>선택한 사건 삭제(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ReuploadDialog</name>
    <message>
        <location filename="../../caseapp/gui/takedowns/dialogs.py" line="+304"/>
        <source>%1: material found again</source>
        <translation>%1: 촬영물 재유포</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new request is linked to %1 and covers the same evidence. Give the address where it turned up; the recipient is the same unless you choose another.</source>
        <translation>%1에 연결된 새 요청을 만들고 같은 증거를 포함합니다. 다시 올라온 주소를 입력하세요. 다른 수신처를 고르지 않으면 수신처는 같습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_reupload_dialog.ui" line="+6"/>
        <source>Material found again</source>
        <translation>촬영물 재유포</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;New address:</source>
        <translation>새 주소(&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the material turned up again</source>
        <translation>촬영물이 다시 올라온 곳</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Recipient:</source>
        <translation>수신처(&amp;R):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../caseapp/gui/cases/sessions_tab.py" line="+43"/>
        <location line="+226"/>
        <source> min</source>
        <comment>unit after a number</comment>
        <translation>분</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Sessions</source>
        <translation>상담</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>화상 통화</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation>문자 메시지</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Addendum added to the session of %1.</source>
        <translation>%1 상담 기록에 추가 기록을 남겼습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+91"/>
        <source>New session note. Save it with Ctrl+S.</source>
        <translation>새 상담 기록입니다. Ctrl+S로 저장하세요.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Session of %1 by %2 (saved; read-only)</source>
        <translation>%1 상담, 상담사 %2 (저장됨, 읽기 전용)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>New session note (unsaved, kept while locked).</source>
        <translation>새 상담 기록(잠겨 있는 동안 보관됨, 아직 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../../ui/case_sessions_tab.ui" line="+25"/>
        <source>Counselling sessions</source>
        <translation>상담 기록</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counsellor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New session note</source>
        <translation>새 상담 기록(&amp;N)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wh&amp;en:</source>
        <translation>일시(&amp;E):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When the session was held</source>
        <translation>상담 일시</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Duration:</source>
        <translation>상담 시간(&amp;D):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration in minutes</source>
        <translation>상담 시간(분)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Type:</source>
        <translation>유형(&amp;T):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type of session</source>
        <translation>상담 유형</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;otes:</source>
        <translation>상담 내용(&amp;O):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session notes</source>
        <translation>상담 내용</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ne&amp;xt steps:</source>
        <translation>다음 할 일(&amp;X):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next steps</source>
        <translation>다음 할 일</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Addenda:</source>
        <translation>추가 기록:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Addenda to this session&apos;s notes</source>
        <translation>이 상담 기록의 추가 기록</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Co&amp;rrection:</source>
        <translation>정정(&amp;R):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New addendum</source>
        <translation>새 추가 기록</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A correction or addition, kept next to the original notes with today&apos;s date</source>
        <translation>정정하거나 덧붙일 내용. 원래 기록 옆에 오늘 날짜로 보관됩니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add addendum</source>
        <translation>추가 기록 남기기(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../caseapp/gui/settings/settings_dialog.py" line="+24"/>
        <location line="+272"/>
        <source> min</source>
        <comment>unit after a number</comment>
        <translation>분</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reactivate</source>
        <translation>다시 사용(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/settings_dialog.ui" line="+261"/>
        <source>&amp;Deactivate</source>
        <translation>사용 중지(&amp;D)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rename a profile</source>
        <translation>프로필 이름 바꾸기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name for %1:</source>
        <translation>%1의 새 이름:</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <source>New recovery code</source>
        <translation>새 복구 코드</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The current recovery code and every printed Recovery Kit will stop working: the store gets a new master key and both databases are re-encrypted (this takes a while with much evidence). Make a new one now?</source>
        <translation>현재 복구 코드와 인쇄된 모든 복구 키트를 더 이상 쓸 수 없게 됩니다. 저장소에 새 마스터 키를 만들고 두 데이터베이스를 다시 암호화합니다(증거가 많으면 시간이 걸립니다). 지금 새로 만들까요?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the passphrase: it is kept, under the new master key.</source>
        <translation>암호 문구를 입력하세요. 암호 문구는 그대로 두고 새 마스터 키에 연결합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Making a new recovery code…</source>
        <translation>새 복구 코드를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="-252"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after &amp;idle time:</source>
        <translation>사용하지 않으면 잠글 시간(&amp;I):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes without activity before CaseApp locks</source>
        <translation>CaseApp이 잠기기까지 사용하지 않는 시간(분)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Press Esc twice to lock at once, for example when someone walks in.</source>
        <translation>누가 들어올 때처럼 바로 잠가야 하면 Esc를 두 번 누르세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisation name</source>
        <translation>기관 이름</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Phone:</source>
        <translation>전화(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Time zone:</source>
        <translation>시간대(&amp;T):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every time in a report or letter is shown in this time zone.</source>
        <translation>보고서와 공문의 모든 시각을 이 시간대로 나타냅니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Designated &amp;reporting organisation (reports and requests deletion for victims)</source>
        <translation>지정된 신고·삭제요청 기관(&amp;R) (피해자를 대신해 신고하고 삭제를 요청)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Designated reporting organisation</source>
        <translation>지정된 신고·삭제요청 기관</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desi&amp;gnation:</source>
        <translation>지정 내용(&amp;G):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Designation</source>
        <translation>지정 내용</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. the notice number and date of the designation</source>
        <translation>예: 지정 고시 번호와 날짜</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counsellors</source>
        <translation>상담사</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counsellor profiles</source>
        <translation>상담사 프로필</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rena&amp;me…</source>
        <translation>이름 바꾸기(&amp;M)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New &amp;profile:</source>
        <translation>새 프로필(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the new profile</source>
        <translation>새 프로필 이름</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role of the new profile</source>
        <translation>새 프로필의 역할</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone who uses CaseApp on this computer will need the new passphrase.</source>
        <translation>이 컴퓨터에서 CaseApp을 쓰는 모든 사람에게 새 암호 문구가 필요합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Change the passphrase…</source>
        <translation>암호 문구 바꾸기(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery Kit</source>
        <translation>복구 키트</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a new recovery code if the Recovery Kit was lost or seen by someone who should not have it. The old code stops working.</source>
        <translation>복구 키트를 잃어버렸거나 보면 안 되는 사람이 봤다면 새 복구 코드를 만드세요. 이전 코드는 더 이상 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a &amp;new recovery code and kit…</source>
        <translation>새 복구 코드와 키트 만들기(&amp;N)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quick unlock</source>
        <translation>빠른 잠금 해제</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick unlock keeps a key in this computer&apos;s secure keyring, so anyone signed in to this computer account can open CaseApp with one click instead of the passphrase.</source>
        <translation>빠른 잠금 해제는 이 컴퓨터의 보안 키링에 키를 보관하므로, 이 컴퓨터 계정에 로그인한 사람은 누구나 암호 문구 없이 한 번의 클릭으로 CaseApp을 열 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use &amp;quick unlock on this computer</source>
        <translation>이 컴퓨터에서 빠른 잠금 해제 사용(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SetupLanguagePage</name>
    <message>
        <location filename="../../ui/setup_language_page.ui" line="+6"/>
        <source>Welcome to CaseApp</source>
        <translation>CaseApp에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up this computer in a few steps. Nothing is sent over the network.</source>
        <translation>몇 단계만 거치면 이 컴퓨터에서 쓸 준비가 끝납니다. 네트워크로 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CaseApp keeps your centre&apos;s case records encrypted on this computer. Choose the language for the app; you can change it later in Settings.</source>
        <translation>CaseApp은 기관의 사건 기록을 이 컴퓨터에 암호화해서 보관합니다. 프로그램 언어를 고르세요. 나중에 설정에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>SetupOrganisationPage</name>
    <message>
        <location filename="../../ui/setup_organisation_page.ui" line="+6"/>
        <source>Your organisation</source>
        <translation>기관 정보</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name appears on reports, letters and the Recovery Kit.</source>
        <translation>이름은 보고서, 공문, 복구 키트에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Organisation name:</source>
        <translation>기관 이름(&amp;O):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisation name</source>
        <translation>기관 이름</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Digital Sex Crime Victim Support Centre</source>
        <translation>예: 디지털성범죄피해자지원센터</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Phone:</source>
        <translation>전화(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the name is required. You can change these later in Settings.</source>
        <translation>이름만 꼭 입력하면 됩니다. 나중에 설정에서 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SetupPassphrasePage</name>
    <message>
        <location filename="../../ui/setup_passphrase_page.ui" line="+6"/>
        <source>Choose the passphrase</source>
        <translation>암호 문구 정하기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone at your centre who uses this computer unlocks CaseApp with it.</source>
        <translation>이 컴퓨터를 쓰는 기관의 모든 사람이 이 암호 문구로 CaseApp 잠금을 풉니다.</translation>
    </message>
</context>
<context>
    <name>SetupProfilePage</name>
    <message>
        <location filename="../../ui/setup_profile_page.ui" line="+6"/>
        <source>Your counsellor profile</source>
        <translation>상담사 프로필</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every record and every entry in the audit log names the profile that made it.</source>
        <translation>모든 기록과 감사 기록 항목에는 그것을 남긴 프로필 이름이 적힙니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yo&amp;ur name:</source>
        <translation>이름(&amp;U):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colleagues who use this computer can add their own profiles later in Settings. Everyone unlocks with the same passphrase.</source>
        <translation>이 컴퓨터를 함께 쓰는 동료는 나중에 설정에서 자기 프로필을 추가할 수 있습니다. 잠금 해제 암호 문구는 모두 같습니다.</translation>
    </message>
</context>
<context>
    <name>SetupQuickUnlockPage</name>
    <message>
        <location filename="../../ui/setup_quick_unlock_page.ui" line="+6"/>
        <source>Quick unlock (optional)</source>
        <translation>빠른 잠금 해제(선택)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can change this later in Settings.</source>
        <translation>나중에 설정에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick unlock keeps a key in this computer&apos;s secure keyring, so anyone signed in to this computer account can open CaseApp with one click instead of the passphrase.</source>
        <translation>빠른 잠금 해제는 이 컴퓨터의 보안 키링에 키를 보관하므로, 이 컴퓨터 계정에 로그인한 사람은 누구나 암호 문구 없이 한 번의 클릭으로 CaseApp을 열 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use &amp;quick unlock on this computer</source>
        <translation>이 컴퓨터에서 빠른 잠금 해제 사용(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SetupRecoveryPage</name>
    <message>
        <location filename="../../ui/setup_recovery_page.ui" line="+6"/>
        <source>Save the Recovery Kit</source>
        <translation>복구 키트 저장</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot continue until the Recovery Kit is saved.</source>
        <translation>복구 키트를 저장해야 다음으로 넘어갈 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../caseapp/gui/setup/wizard.py" line="+100"/>
        <source>CaseApp setup</source>
        <translation>CaseApp 설정 마법사</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Creating the encrypted store…</source>
        <translation>암호화 저장소를 만드는 중…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Setting up quick unlock…</source>
        <translation>빠른 잠금 해제를 설정하는 중…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Recovery Kit not saved</source>
        <translation>복구 키트를 저장하지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store was created, but the Recovery Kit was not saved. The recovery code will not be shown again. Close anyway?</source>
        <translation>저장소는 만들었지만 복구 키트를 저장하지 않았습니다. 복구 코드는 다시 표시되지 않습니다. 그래도 닫을까요?</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../caseapp/gui/takedowns/dialogs.py" line="-86"/>
        <source>Status of %1</source>
        <translation>%1 상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2 now. Record what happened and when; the follow-ups are planned from that date.</source>
        <translation>%1{은} 지금 &apos;%2&apos; 상태입니다. 무슨 일이 언제 있었는지 기록하세요. 후속 조치는 그 날짜를 기준으로 잡힙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_status_dialog.ui" line="+6"/>
        <source>Record a status change</source>
        <translation>상태 변경 기록</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;New status:</source>
        <translation>새 상태(&amp;N):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;When:</source>
        <translation>일시(&amp;W):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Reference number:</source>
        <translation>접수 번호(&amp;R):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recipient&apos;s ticket or case number, if any</source>
        <translation>수신처의 접수 번호나 사건 번호 (있으면)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removal &amp;verified:</source>
        <translation>삭제 확인(&amp;V):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I checked that it is gone</source>
        <translation>삭제된 것을 직접 확인함</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
</context>
<context>
    <name>StoreKeyDialog</name>
    <message>
        <location filename="../../ui/store_key_dialog.ui" line="+9"/>
        <source>This store&apos;s key</source>
        <translation>이 저장소의 키</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give this key to whoever sends this store a case bundle (another office, a colleague&apos;s laptop). A bundle made for it opens only here. It is not a secret, but check the fingerprint with the sender by phone if the key travelled by e-mail.</source>
        <translation>이 저장소로 사건 꾸러미를 보낼 사람(다른 기관, 동료의 노트북)에게 이 키를 주세요. 이 키로 만든 꾸러미는 여기에서만 열립니다. 비밀은 아니지만, 키를 이메일로 보냈다면 보내는 사람과 전화로 지문을 대조하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>QR code of the store key</source>
        <translation>저장소 키의 QR 코드</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store key</source>
        <translation>저장소 키</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fingerprint:</source>
        <translation>지문:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Copy the key</source>
        <translation>키 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TakedownChart</name>
    <message>
        <location filename="../../caseapp/gui/home/view.py" line="-232"/>
        <source>%1: %2 sent, %3 removed</source>
        <translation>%1: 발송 %2, 삭제 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takedown requests sent and removals per month</source>
        <translation>월별 삭제 요청 발송 및 삭제 건수</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent</source>
        <translation>발송</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
</context>
<context>
    <name>TakedownsTab</name>
    <message>
        <location filename="../../caseapp/gui/takedowns/tab.py" line="+95"/>
        <source>Takedowns</source>
        <translation>삭제 요청</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Select a request to see its history and follow it up.</source>
        <translation>요청을 선택하면 이력과 후속 조치를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../ui/takedown_tab.ui" line="+106"/>
        <location line="+261"/>
        <source>Recipient</source>
        <translation>수신처</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked to</source>
        <translation>요청 내용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content type</source>
        <translation>촬영물 유형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference number</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/takedown_tab.ui" line="-251"/>
        <source>Submitted</source>
        <translation>제출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>접수 확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered or closed</source>
        <translation>답변 또는 종결</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal verified</source>
        <translation>삭제 확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate from</source>
        <translation>상위 단계 요청 가능일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the material is</source>
        <translation>촬영물 설명</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>First request</source>
        <translation>첫 요청</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n request(s) about the same material: escalations and re-uploads, oldest first. Double-click one to open it.</source>
        <translation>
            <numerusform>같은 촬영물에 대한 요청 %n건: 상위 단계 요청과 재유포 (오래된 순). 두 번 누르면 열립니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No escalation or re-upload yet. When the material comes back, use Found again; the new request is linked here.</source>
        <translation>아직 상위 단계 요청이나 재유포가 없습니다. 촬영물이 다시 올라오면 &apos;재유포 발견&apos;을 누르세요. 새 요청이 여기에 연결됩니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open</source>
        <translation>미완료</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Follow-up of %1 updated.</source>
        <translation>%1의 후속 조치를 바꿨습니다.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 is now %2.</source>
        <translation>%1{은} 이제 &apos;%2&apos; 상태입니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recorded that %1 is still online; the next follow-up is planned.</source>
        <translation>%1{이} 아직 게시 중이라고 기록했습니다. 다음 후속 조치를 잡았습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removal of %1 verified; re-checks for re-uploads are planned.</source>
        <translation>%1의 삭제를 확인했습니다. 재유포 재확인 일정을 잡았습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re-upload request %1 created and linked.</source>
        <translation>재유포 요청 %1{을} 만들어 연결했습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re-check of %1 recorded: still gone.</source>
        <translation>%1 재확인을 기록했습니다: 여전히 삭제된 상태입니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Escalate %1</source>
        <translation>%1 상위 단계 요청</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is at the last step (%2); there is no further escalation.</source>
        <translation>%1{은} 마지막 단계(%2)입니다. 더 올릴 단계가 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next step: %1.</source>
        <translation>다음 단계: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the next request</source>
        <translation>다음 요청 만들기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not possible yet:</source>
        <translation>아직 할 수 없습니다:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalation request %1 created as a draft.</source>
        <translation>상위 단계 요청 %1{을} 초안으로 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/takedown_tab.ui" line="-83"/>
        <source>&amp;New request…</source>
        <translation>새 요청(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A takedown request for an address you type in. To start from evidence, select it in the Evidence section and choose Request takedown.</source>
        <translation>직접 입력한 주소에 대한 삭제 요청입니다. 증거에서 시작하려면 증거 탭에서 항목을 고르고 &apos;삭제 요청&apos;을 누르세요.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Takedown requests of this case</source>
        <translation>이 사건의 삭제 요청</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+256"/>
        <source>Code</source>
        <translation>번호</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+261"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+173"/>
        <location line="+88"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+168"/>
        <source>Reference</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Next follow-up</source>
        <translation>다음 후속 조치</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Letter…</source>
        <translation>요청서(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview the letter, copy its text for a web form, or save it as a PDF.</source>
        <translation>요청서를 미리 보고, 웹 양식용으로 복사하거나 PDF로 저장합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record &amp;status…</source>
        <translation>상태 기록(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that the request was sent, answered, or that the material was removed, with dates and reference numbers.</source>
        <translation>요청을 보냈는지, 답을 받았는지, 삭제되었는지를 날짜와 접수 번호와 함께 기록합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still &amp;online</source>
        <translation>아직 게시 중(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You looked and the material is still there: the next follow-up is planned from now.</source>
        <translation>확인해 보니 아직 게시되어 있습니다: 지금부터 다음 후속 조치를 잡습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removal &amp;verified</source>
        <translation>삭제 확인(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You confirmed the material is gone: re-checks for re-uploads are planned from now.</source>
        <translation>삭제된 것을 확인했습니다: 지금부터 재유포 재확인 일정을 잡습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Found &amp;again…</source>
        <translation>재유포 발견(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The material turned up again: a linked re-upload request is created.</source>
        <translation>촬영물이 다시 올라왔습니다: 연결된 재유포 요청을 만듭니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-checked: still &amp;gone</source>
        <translation>재확인: 여전히 삭제됨(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Escalate…</source>
        <translation>상위 단계 요청(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the next step: the regulator (KCSC), then the police.</source>
        <translation>다음 단계로 올립니다: 방송통신심의위원회, 그다음 경찰.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History of this request</source>
        <translation>이 요청의 이력</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded by</source>
        <translation>기록한 사람</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Same material</source>
        <translation>같은 촬영물</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Requests about the same material</source>
        <translation>같은 촬영물에 대한 요청</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Follow-ups</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-ups of this request</source>
        <translation>이 요청의 후속 조치</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postpone or mark &amp;done…</source>
        <translation>미루기 또는 완료 표시(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpone the selected follow-up, give it a new due date, or mark it done with a note.</source>
        <translation>선택한 후속 조치를 미루거나 새 기한을 정하거나 메모와 함께 완료로 표시하세요.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../caseapp/gui/cases/timeline_tab.py" line="+100"/>
        <source>Timeline</source>
        <translation>피해 경과</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <translation>모름</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not decided yet</source>
        <translation>아직 정하지 않음</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Date unknown</source>
        <translation>날짜 모름</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 also appears in: %2</source>
        <translation>%1 계정은 다음 사건에도 나옵니다: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+115"/>
        <location line="+8"/>
        <source>New incident</source>
        <translation>새 피해 사실</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+117"/>
        <source>Incident of %1</source>
        <translation>%1의 피해 사실</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+117"/>
        <source>unknown date</source>
        <translation>날짜 모름</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Incident (unsaved changes)</source>
        <translation>피해 사실(저장하지 않은 변경)</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline_tab.ui" line="+25"/>
        <source>Incidents</source>
        <translation>피해 사실</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+139"/>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+53"/>
        <source>What happened</source>
        <translation>피해 내용</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;New incident</source>
        <translation>새 피해 사실(&amp;N)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Wha&amp;t happened:</source>
        <translation>피해 내용(&amp;T):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wh&amp;en:</source>
        <translation>일시(&amp;E):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date known</source>
        <translation>날짜 앎</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date of the incident</source>
        <translation>피해 발생 날짜</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time known</source>
        <translation>시각 앎</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time of the incident</source>
        <translation>피해 발생 시각</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Platform:</source>
        <translation>플랫폼(&amp;P):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chat room or &amp;account:</source>
        <translation>대화방 또는 계정(&amp;A):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chat room or account</source>
        <translation>대화방 또는 계정</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Legal category:</source>
        <translation>법적 분류(&amp;L):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Legal category</source>
        <translation>법적 분류</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Perpetrator&apos;s &amp;relation:</source>
        <translation>가해자와의 관계(&amp;R):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Perpetrator&apos;s relation to the victim</source>
        <translation>피해자와 가해자의 관계</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. classmate, ex-partner, unknown</source>
        <translation>예: 같은 반 학생, 전 연인, 모름</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Perpetrator &amp;details:</source>
        <translation>가해자 정보(&amp;D):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Perpetrator details</source>
        <translation>가해자 정보</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accounts or &amp;channels:</source>
        <translation>계정 또는 채널(&amp;C):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Perpetrator accounts or channels, one per line</source>
        <translation>가해자 계정 또는 채널(한 줄에 하나)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One account or channel ID per line, on the platform above</source>
        <translation>한 줄에 계정 또는 채널 ID 하나(위 플랫폼 기준)</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../caseapp/gui/lock/unlock_screen.py" line="+239"/>
        <source>You will choose your profile after unlocking.</source>
        <translation>잠금을 푼 뒤 프로필을 고릅니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counsellor: %1</source>
        <translation>상담사: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>잘못 입력한 횟수가 너무 많습니다. %n초 뒤에 다시 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase did not open CaseApp. Check that Caps Lock is off and the keyboard is in the right language (Korean/English key), then try again.</source>
        <translation>입력한 암호 문구로는 CaseApp을 열 수 없습니다. Caps Lock이 꺼져 있는지, 한/영 키로 입력 언어가 맞는지 확인하고 다시 입력하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ui/unlock_screen.ui" line="+63"/>
        <source>Enter the passphrase to open the case records.</source>
        <translation>사건 기록을 열려면 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo store: the passphrase is “%1”.</source>
        <translation>데모 저장소입니다. 암호 문구는 “%1”입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_screen.ui" line="-10"/>
        <location line="+3"/>
        <source>CaseApp is locked</source>
        <translation>CaseApp이 잠겨 있습니다</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Not you? Choose after unlocking</source>
        <translation>본인이 아닌가요? 잠금 해제 후 선택(&amp;N)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Passphrase:</source>
        <translation>암호 문구(&amp;P):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Message</source>
        <translation>안내</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unlocking</source>
        <translation>잠금 해제 중</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quick unlock</source>
        <translation>빠른 잠금 해제(&amp;Q)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For&amp;got the passphrase?</source>
        <translation>암호 문구를 잊으셨나요?(&amp;G)</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../caseapp/gui/backup/verify_dialog.py" line="+42"/>
        <source>Checking the encrypted databases and the audit log…</source>
        <translation>암호화된 데이터베이스와 감사 기록을 검사하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the search index…</source>
        <translation>검색 색인을 검사하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-reading every evidence file and comparing its SHA-256…</source>
        <translation>모든 증거 파일을 다시 읽어 SHA-256을 비교하는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the takedown records…</source>
        <translation>삭제 요청 기록을 검사하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the report registry…</source>
        <translation>보고서 등록부를 검사하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished.</source>
        <translation>끝났습니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>%1 검사하는 중…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ca&amp;ncel</source>
        <translation>취소(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelled. Nothing was changed; run the check again to see its result.</source>
        <translation>취소했습니다. 바뀐 것은 없습니다. 결과를 보려면 다시 검사하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check could not finish.</source>
        <translation>검사를 끝내지 못했습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everything checks out.</source>
        <translation>모두 정상입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encrypted databases, the audit log, the search index and every stored evidence file were read and match what was recorded.</source>
        <translation>암호화된 데이터베이스, 감사 기록, 검색 색인, 보관된 모든 증거 파일을 읽었고 기록된 내용과 일치합니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>문제 %n건을 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not delete or change anything. Stop using this computer for CaseApp and restore the most recent backup (see the user guide, &apos;Restore a backup&apos;), or ask your administrator. Copy this report for them.</source>
        <translation>아무것도 지우거나 바꾸지 마세요. 이 컴퓨터에서 CaseApp 사용을 멈추고 가장 최근 백업을 복원하거나(사용자 안내서의 &apos;백업 복원&apos; 참고) 관리자에게 문의하세요. 이 보고 내용을 복사해 전달하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finished: no problems.</source>
        <translation>완료: 문제 없음.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: problems were found.</source>
        <translation>완료: 문제가 발견되었습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reads everything CaseApp stores and checks it against what was recorded: the encrypted databases, the tamper-evident audit log, the search index and the SHA-256 of every evidence file. Nothing is changed. With much evidence this takes a while; you can keep this window open and wait.</source>
        <translation>CaseApp이 보관한 모든 것을 읽어 기록과 대조합니다: 암호화된 데이터베이스, 위변조를 드러내는 감사 기록, 검색 색인, 모든 증거 파일의 SHA-256. 아무것도 바꾸지 않습니다. 증거가 많으면 시간이 걸리니 이 창을 열어 두고 기다리세요.</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.ui" line="+6"/>
        <source>Verify the data</source>
        <translation>데이터 검증</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Verification progress</source>
        <translation>검증 진행 상황</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verification report</source>
        <translation>검증 결과</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy the report</source>
        <translation>결과 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Verify now</source>
        <translation>지금 검증(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/backup/verify_dialog.py" line="-83"/>
        <location filename="../../ui/verify_dialog.ui" line="+10"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>WorkActions</name>
    <message>
        <location filename="../../caseapp/gui/home/view.py" line="+377"/>
        <source>A backup is due.</source>
        <translation>백업할 때가 되었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some follow-ups are overdue.</source>
        <translation>기한이 지난 후속 조치가 있습니다.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>&amp;Work</source>
        <translation>업무(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash &amp;lists…</source>
        <translation>해시 목록(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known-material hash lists from partners, the police and platforms, and the evidence found on them</source>
        <translation>협력 기관·경찰·플랫폼에서 받은 알려진 자료의 해시 목록과 거기에 있는 증거</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retention review…</source>
        <translation>보관 기간 검토(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long closed cases are kept, and deleting those past it with a supervisor&apos;s PIN</source>
        <translation>종결 사건 보관 기간, 그리고 기간이 지난 사건을 관리자 PIN으로 삭제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand cases &amp;over…</source>
        <translation>사건 인계(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the open or selected case (or others) into an encrypted case bundle for another office or a colleague</source>
        <translation>열린 사건이나 고른 사건(또는 다른 사건)을 암호화된 사건 꾸러미로 써서 다른 기관이나 동료에게 넘깁니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rec&amp;eive a handover…</source>
        <translation>인계받기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the cases of a case bundle sent to this store</source>
        <translation>이 저장소로 보낸 사건 꾸러미의 사건을 가져옵니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This store&apos;s &amp;key…</source>
        <translation>이 저장소의 키(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key another office needs to send this store an encrypted case bundle</source>
        <translation>다른 기관이 이 저장소로 암호화된 사건 꾸러미를 보낼 때 필요한 키</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Home</source>
        <translation>홈(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters today: follow-ups, open cases, cases without activity</source>
        <translation>오늘 챙길 일: 후속 조치, 진행 중인 사건, 활동 없는 사건</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow-ups</source>
        <translation>후속 조치(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takedown follow-ups across all cases</source>
        <translation>모든 사건의 삭제 요청 후속 조치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an encrypted backup of all cases and evidence</source>
        <translation>모든 사건과 증거의 암호화된 백업을 만듭니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify the data…</source>
        <translation>데이터 검증(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../caseapp/gui/workspace.py" line="+86"/>
        <source>Opened new case %1.</source>
        <translation>새 사건 %1{을} 열었습니다.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Cases</source>
        <translation>사건</translation>
    </message>
</context>
<context>
    <name>WrittenFiles</name>
    <message>
        <location filename="../../caseapp/gui/written_files.py" line="+42"/>
        <source>Open (to read or print)</source>
        <translation>열기(읽거나 인쇄)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the folder</source>
        <translation>폴더 열기</translation>
    </message>
</context>
</TS>
