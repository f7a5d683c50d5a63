<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>App</name>
    <message>
        <location filename="../../caseapp/gui/app.py" line="+163" />
        <source>Preparing the demo cases…</source>
        <translation>데모 사건을 준비하는 중…</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../caseapp/gui/case_editor.py" line="+188" />
        <source>These cases have changes that are not saved yet:</source>
        <translation>다음 사건에 아직 저장하지 않은 변경 사항이 있습니다:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save them now?</source>
        <translation>지금 저장할까요?</translation>
    </message>
    <message>
        <location line="+122" />
        <source>Saved case %1.</source>
        <translation>사건 %1을 저장했습니다.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.ui" line="+27" />
        <source>Case status</source>
        <translation>사건 상태</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/case_editor.py" line="-142" />
        <location filename="../../ui/case_editor.ui" line="+14" />
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.ui" line="+7" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save this case (Ctrl+S)</source>
        <translation>이 사건 저장(Ctrl+S)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Case sections</source>
        <translation>사건 항목</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../caseapp/gui/case_list_model.py" line="+32" />
        <source>Case number</source>
        <translation>사건 번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pseudonym</source>
        <translation>가명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Risk</source>
        <translation>위험도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Counsellor</source>
        <translation>상담원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last updated</source>
        <translation>마지막 수정</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../caseapp/gui/case_list.py" line="+93" />
        <location line="+8" />
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Open (not closed)</source>
        <translation>진행 중(종결 제외)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Everyone</source>
        <translation>모두</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mine</source>
        <translation>내 사건</translation>
    </message>
    <message>
        <location line="+11" />
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message numerus="yes">
        <location line="+90" />
        <source>%n case(s)</source>
        <translation><numerusform>사건 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>No cases match. Change the search or clear the filters.</source>
        <translation>맞는 사건이 없습니다. 검색어를 바꾸거나 필터를 지우세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No cases yet. Press Ctrl+N to open the first one.</source>
        <translation>아직 사건이 없습니다. Ctrl+N을 눌러 첫 사건을 여세요.</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.ui" line="+14" />
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Search cases</source>
        <translation>사건 검색</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Case number, pseudonym, tag, platform, chat room…</source>
        <translation>사건 번호, 가명, 태그, 플랫폼, 대화방…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New case</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <location line="+11" />
        <source>S&amp;tatus:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Filter by status</source>
        <translation>상태로 거르기</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Risk:</source>
        <translation>위험도(&amp;R):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Filter by risk</source>
        <translation>위험도로 거르기</translation>
    </message>
    <message>
        <location line="+10" />
        <source>C&amp;ounsellor:</source>
        <translation>상담원(&amp;O):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Filter by counsellor</source>
        <translation>상담원으로 거르기</translation>
    </message>
    <message>
        <location line="+10" />
        <source>T&amp;ag:</source>
        <translation>태그(&amp;A):</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Filter by tag</source>
        <translation>태그로 거르기</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Opened &amp;between</source>
        <translation>접수일 범위(&amp;B)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Opened on or after</source>
        <translation>이 날짜 이후 접수</translation>
    </message>
    <message>
        <location line="+7" />
        <source>and</source>
        <translation>~</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Opened on or before</source>
        <translation>이 날짜 이전 접수</translation>
    </message>
    <message>
        <location line="+7" />
        <source>C&amp;lear filters</source>
        <translation>필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Number of cases found</source>
        <translation>찾은 사건 수</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cases</source>
        <translation>사건</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="+57" />
        <source>The passphrase was changed.</source>
        <translation>암호를 바꿨습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Changing the passphrase…</source>
        <translation>암호를 바꾸는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.ui" line="+9" />
        <source>Change the passphrase</source>
        <translation>암호 바꾸기</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../caseapp/gui/case_tabs/consent.py" line="+37" />
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Given</source>
        <translation>동의함</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Withdrawn</source>
        <translation>철회함</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not asked yet</source>
        <translation>아직 묻지 않음</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Consent recorded.</source>
        <translation>동의를 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/case_consent_tab.ui" line="+9" />
        <source>What the victim agreed to now:</source>
        <translation>피해자가 현재 동의한 내용:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Consent now</source>
        <translation>현재 동의 상태</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+34" />
        <location line="+129" />
        <source>Consent to</source>
        <translation>동의 항목</translation>
    </message>
    <message>
        <location line="-158" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Since, and how</source>
        <translation>언제부터, 어떤 방법으로</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Record a change</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Consent to:</source>
        <translation>동의 항목(&amp;C):</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Decision:</source>
        <translation>결정:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Given</source>
        <translation>동의함(&amp;G)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Withdrawn</source>
        <translation>철회함(&amp;W)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;How:</source>
        <translation>방법(&amp;H):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>How consent was given</source>
        <translation>동의 방법</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;On:</source>
        <translation>날짜(&amp;O):</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Date the victim said so</source>
        <translation>피해자가 의사를 밝힌 날짜</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Consent note</source>
        <translation>동의 메모</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>History:</source>
        <translation>기록:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Consent history</source>
        <translation>동의 기록</translation>
    </message>
    <message>
        <location line="+19" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <location line="+5" />
        <source>How</source>
        <translation>방법</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Recorded by</source>
        <translation>기록한 사람</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../caseapp/gui/error_dialog.py" line="+83" />
        <source>Copied</source>
        <translation>복사했습니다</translation>
    </message>
    <message>
        <location line="+18" />
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Could not finish</source>
        <translation>끝내지 못했습니다</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <location filename="../../ui/error_report_dialog.ui" line="+9" />
        <source>Something went wrong</source>
        <translation>문제가 생겼습니다</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Something went wrong.</source>
        <translation>문제가 생겼습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The last action may not have finished. Nothing else was changed. Please try again; if it happens again, copy the report below and send it to whoever looks after CaseApp in your office. The report contains no case data, names or passphrases.</source>
        <translation>마지막 작업이 끝나지 않았을 수 있습니다. 그 밖에 바뀐 것은 없습니다. 다시 해 보시고, 또 같은 일이 생기면 아래 보고서를 복사해서 기관에서 CaseApp을 관리하는 분께 보내 주세요. 보고서에는 사건 내용, 이름, 암호가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Error report</source>
        <translation>오류 보고서</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Copy report</source>
        <translation>보고서 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../caseapp/gui/case_tabs/identity.py" line="+73" />
        <source>Identity</source>
        <translation>신원</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Identity shown; this was recorded in the audit log.</source>
        <translation>신원을 표시했습니다. 감사 로그에 기록되었습니다.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>How to contact</source>
        <translation>연락 방법</translation>
    </message>
    <message>
        <location line="+108" />
        <source>You have unsaved changes to these details from before CaseApp locked. Show the identity to review and save them.</source>
        <translation>CaseApp이 잠기기 전에 저장하지 않은 신원 정보 변경 사항이 있습니다. 신원을 보고 확인한 뒤 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/case_identity_tab.ui" line="+20" />
        <source>The victim's identifying details are hidden. Showing them is recorded in the audit log with your name.</source>
        <translation>피해자의 신원 정보는 숨겨져 있습니다. 신원을 보면 내 이름과 함께 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Show &amp;identity</source>
        <translation>신원 보기(&amp;I)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Identifying details are shown. Hide them when you no longer need them.</source>
        <translation>신원 정보가 보이는 상태입니다. 더 필요 없으면 숨기세요.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Hide identity</source>
        <translation>신원 숨기기(&amp;H)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Victim name</source>
        <translation>피해자 이름</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Preferred name:</source>
        <translation>불리고 싶은 이름(&amp;P):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Preferred name</source>
        <translation>불리고 싶은 이름</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Birth year:</source>
        <translation>출생 연도(&amp;B):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Birth year</source>
        <translation>출생 연도</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. 2008 (leave empty if unknown)</source>
        <translation>예: 2008 (모르면 비워 두세요)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Gender:</source>
        <translation>성별(&amp;G):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Language the victim prefers</source>
        <translation>피해자가 편한 언어</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Contacts:</source>
        <translation>연락처(&amp;C):</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Contact channels</source>
        <translation>연락 방법</translation>
    </message>
    <message>
        <location line="+16" />
        <source>How</source>
        <translation>방법</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Number, address or ID</source>
        <translation>번호, 주소 또는 ID</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Safe times</source>
        <translation>연락해도 안전한 시간</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add contact</source>
        <translation>연락처 추가</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove contact</source>
        <translation>연락처 삭제</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Do not contact by:</source>
        <translation>연락하면 안 되는 방법(&amp;D):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Do not contact by</source>
        <translation>연락하면 안 되는 방법</translation>
    </message>
    <message>
        <location line="+16" />
        <source>G&amp;uardian:</source>
        <translation>보호자(&amp;U):</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Guardian name</source>
        <translation>보호자 이름</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name (for a minor)</source>
        <translation>이름(미성년자인 경우)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Guardian relation</source>
        <translation>보호자와의 관계</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Guardian contact</source>
        <translation>보호자 연락처</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location line="+9" />
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Note about the victim</source>
        <translation>피해자 메모</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../caseapp/gui/labels.py" line="+32" />
        <source>Counsellor</source>
        <translation>상담원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervisor</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Phone call</source>
        <translation>전화 통화</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text message</source>
        <translation>문자 메시지</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KakaoTalk</source>
        <translation>카카오톡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telegram</source>
        <translation>텔레그램</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter</source>
        <translation>우편</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="+104" />
        <location filename="../../ui/main_window.ui" line="+9" />
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CaseApp — %1</source>
        <translation>CaseApp — %1</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Your unsaved changes were kept while CaseApp was locked. Review and save them.</source>
        <translation>잠겨 있는 동안 저장하지 않은 변경 사항을 보관했습니다. 확인하고 저장하세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unlocked. Working as %1.</source>
        <translation>잠금을 풀었습니다. %1 이름으로 작업합니다.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Locked.</source>
        <translation>잠갔습니다.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>About CaseApp</source>
        <translation>CaseApp 정보</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CaseApp %1
An offline, encrypted case manager for counsellors who support victims of digital sex crimes. Nothing is sent over the network.</source>
        <translation>CaseApp %1
디지털 성범죄 피해자를 지원하는 상담원을 위한 오프라인 암호화 사건 관리 프로그램입니다. 네트워크로 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+6" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;New case</source>
        <translation>새 사건(&amp;N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open a new case (Ctrl+N)</source>
        <translation>새 사건 열기(Ctrl+N)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Find cases</source>
        <translation>사건 찾기(&amp;F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Search the case list (Ctrl+F)</source>
        <translation>사건 목록 검색(Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the open case (Ctrl+S)</source>
        <translation>열린 사건 저장(Ctrl+S)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Close case</source>
        <translation>사건 닫기(&amp;C)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>S&amp;ettings…</source>
        <translation>설정(&amp;E)…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Lock</source>
        <translation>잠그기(&amp;L)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lock CaseApp now (Ctrl+L, or Esc twice)</source>
        <translation>지금 CaseApp 잠그기(Ctrl+L 또는 Esc 두 번)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Switch &amp;counsellor…</source>
        <translation>상담원 바꾸기(&amp;C)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;About CaseApp</source>
        <translation>CaseApp 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../caseapp/gui/new_case_dialog.py" line="+40" />
        <source>Open the case</source>
        <translation>사건 열기</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.ui" line="+9" />
        <source>New case</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The case gets the next number and starts in Intake. Only a pseudonym is shown in lists; the victim's identity goes in the Identity section.</source>
        <translation>사건에는 다음 번호가 붙고 접수 상태로 시작합니다. 목록에는 가명만 보이며, 피해자 신원은 신원 항목에 적습니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Pseudonym:</source>
        <translation>가명(&amp;P):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pseudonym</source>
        <translation>가명</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave empty for an automatic code</source>
        <translation>비워 두면 자동으로 코드를 붙입니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Risk:</source>
        <translation>위험도(&amp;R):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Risk</source>
        <translation>위험도</translation>
    </message>
    <message>
        <location line="+7" />
        <source>T&amp;ags:</source>
        <translation>태그(&amp;A):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Tags, separated by commas</source>
        <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. deepfake, minor_victim</source>
        <translation>예: deepfake, minor_victim</translation>
    </message>
    <message>
        <location line="+7" />
        <source>S&amp;ummary:</source>
        <translation>요약(&amp;U):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../caseapp/gui/ops.py" line="+154" />
        <source>Please wait</source>
        <translation>잠시 기다려 주세요</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../caseapp/gui/case_tabs/overview.py" line="+49" />
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Not decided yet</source>
        <translation>아직 정하지 않음</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nobody yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 (reopen)</source>
        <translation>%1 (다시 열기)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Opened %1 · last updated %2</source>
        <translation>접수 %1 · 마지막 수정 %2</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Case %1 is now: %2</source>
        <translation>사건 %1의 상태: %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_overview_tab.ui" line="+14" />
        <source>&amp;Pseudonym:</source>
        <translation>가명(&amp;P):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pseudonym</source>
        <translation>가명</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Risk:</source>
        <translation>위험도(&amp;R):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Risk</source>
        <translation>위험도</translation>
    </message>
    <message>
        <location line="+7" />
        <source>C&amp;ounsellor:</source>
        <translation>상담원(&amp;O):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Assigned counsellor</source>
        <translation>담당 상담원</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Legal category:</source>
        <translation>법적 분류(&amp;L):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Legal category</source>
        <translation>법적 분류</translation>
    </message>
    <message>
        <location line="+7" />
        <source>T&amp;ags:</source>
        <translation>태그(&amp;A):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Tags, separated by commas</source>
        <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>deepfake, ncii, sextortion, grooming, minor_victim … separated by commas</source>
        <translation>deepfake, ncii, sextortion, grooming, minor_victim … 쉼표로 구분</translation>
    </message>
    <message>
        <location line="+7" />
        <source>S&amp;ummary:</source>
        <translation>요약(&amp;U):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Now:</source>
        <translation>현재:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Current status</source>
        <translation>현재 상태</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Move &amp;to:</source>
        <translation>바꿀 상태(&amp;T):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New status</source>
        <translation>새 상태</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reason for the status change</source>
        <translation>상태를 바꾸는 사유</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reason (optional)</source>
        <translation>사유(선택)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>C&amp;hange status</source>
        <translation>상태 바꾸기(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../caseapp/gui/passphrase_fields.py" line="+94" />
        <source>Very weak</source>
        <translation>매우 약함</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Weak</source>
        <translation>약함</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fair</source>
        <translation>보통</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strong</source>
        <translation>강함</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nothing typed yet</source>
        <translation>아직 입력하지 않음</translation>
    </message>
    <message>
        <location line="+7" />
        <source>At least %1 characters</source>
        <translation>%1자 이상</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(%1 so far)</source>
        <translation>(지금 %1자)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hard to guess (Good or Strong)</source>
        <translation>추측하기 어려움(좋음 또는 강함)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type it a second time</source>
        <translation>한 번 더 입력하세요</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Both entries match</source>
        <translation>두 번 입력한 내용이 같습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two entries are different</source>
        <translation>두 번 입력한 내용이 다릅니다</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.ui" line="+21" />
        <source>Use at least 10 characters: four or more unrelated words, or a sentence only you would think of. Korean, English, spaces and symbols are all fine. Nobody can reset it for you; the recovery code is the only other way in.</source>
        <translation>10자 이상으로 정하세요. 서로 관계없는 단어 네 개 이상이나, 나만 떠올릴 수 있는 문장이 좋습니다. 한글, 영문, 띄어쓰기, 기호 모두 쓸 수 있습니다. 누구도 암호를 대신 재설정해 줄 수 없으며, 복구 코드가 유일한 다른 방법입니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>New &amp;passphrase:</source>
        <translation>새 암호(&amp;P):</translation>
    </message>
    <message>
        <location line="+13" />
        <source>New passphrase</source>
        <translation>새 암호</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Repeat it:</source>
        <translation>한 번 더(&amp;R):</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Repeat the new passphrase</source>
        <translation>새 암호 한 번 더 입력</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Show what I type</source>
        <translation>입력한 내용 보기(&amp;S)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Strength:</source>
        <translation>강도:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Passphrase strength</source>
        <translation>암호 강도</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../caseapp/gui/setup_wizard.py" line="+142" />
        <source>Create the encrypted store</source>
        <translation>암호화 저장소 만들기</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Creating the encrypted store. Measuring this computer's speed to set the key strength takes a few seconds…</source>
        <translation>암호화 저장소를 만드는 중입니다. 키 강도를 정하려고 이 컴퓨터의 속도를 재느라 몇 초 걸립니다…</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../ui/profile_picker.ui" line="+32" />
        <source>Who is working now?</source>
        <translation>지금 누가 작업하나요?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Everything you do is recorded under this profile.</source>
        <translation>하는 모든 작업이 이 프로필 이름으로 기록됩니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Counsellor profiles</source>
        <translation>상담원 프로필</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Or add a &amp;new profile:</source>
        <translation>또는 새 프로필 추가(&amp;N):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name of the new profile</source>
        <translation>새 프로필 이름</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../caseapp/gui/recovery_dialog.py" line="+42" />
        <source>Unlock and set the new passphrase</source>
        <translation>잠금 해제하고 새 암호 설정</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Checking the recovery code and setting the new passphrase…</source>
        <translation>복구 코드를 확인하고 새 암호를 설정하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="+9" />
        <source>Forgot the passphrase</source>
        <translation>암호 분실</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Type the recovery code from the Recovery Kit kept in the office safe, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>사무실 금고에 보관한 복구 키트의 복구 코드를 입력하고 새 암호를 정하세요. 이전 암호는 더 이상 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Recovery &amp;code:</source>
        <translation>복구 코드(&amp;C):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <location filename="../../caseapp/gui/recovery_kit_dialog.py" line="+33" />
        <source>Recovery Kit not saved</source>
        <translation>복구 키트를 저장하지 않았습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The new recovery code will not be shown again, and the old one no longer works. Close without saving the Recovery Kit?</source>
        <translation>새 복구 코드는 다시 표시되지 않고, 이전 코드는 더 이상 쓸 수 없습니다. 복구 키트를 저장하지 않고 닫을까요?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_kit_dialog.ui" line="+9" />
        <source>New recovery code</source>
        <translation>새 복구 코드</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The old recovery code and every printed Recovery Kit with it no longer work. Replace the kit in the office safe with the new one.</source>
        <translation>이전 복구 코드와 그 코드가 인쇄된 복구 키트는 더 이상 쓸 수 없습니다. 사무실 금고의 키트를 새 키트로 바꾸세요.</translation>
    </message>
</context>
<context>
    <name>RecoveryKitPanel</name>
    <message>
        <location filename="../../caseapp/gui/recovery_kit.py" line="+64" />
        <source>CaseApp Recovery Kit</source>
        <translation>CaseApp 복구 키트</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save the Recovery Kit</source>
        <translation>복구 키트 저장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Writing the Recovery Kit…</source>
        <translation>복구 키트를 만드는 중…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Saved to %1. Print it now, put it in the office safe, then delete the file.</source>
        <translation>%1에 저장했습니다. 지금 인쇄해서 사무실 금고에 넣고, 파일은 지우세요.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_kit_panel.ui" line="+21" />
        <source>This is the recovery code. It is shown only now. If the passphrase is ever forgotten, the recovery code is the only way to open the records: nobody, including the makers of CaseApp, can open them without one of the two.</source>
        <translation>이것이 복구 코드입니다. 지금 한 번만 보여 줍니다. 암호를 잊으면 복구 코드만이 기록을 열 수 있는 유일한 방법입니다. 둘 중 하나가 없으면 CaseApp을 만든 사람을 포함해 누구도 기록을 열 수 없습니다.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
    <message>
        <location line="+7" />
        <source>1. Save the Recovery Kit PDF (it holds this code).
2. Print it and put it in the office safe.
3. Delete the PDF file from this computer.</source>
        <translation>1. 복구 키트 PDF를 저장하세요(이 코드가 들어 있습니다).
2. 인쇄해서 사무실 금고에 보관하세요.
3. 이 컴퓨터에서 PDF 파일을 지우세요.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Save the Recovery Kit PDF…</source>
        <translation>복구 키트 PDF 저장(&amp;S)…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>I have saved the Recovery Kit and will keep it &amp;printed in a safe place.</source>
        <translation>복구 키트를 저장했고, 인쇄해서 안전한 곳에 보관하겠습니다(&amp;P).</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../caseapp/gui/case_tabs/sessions.py" line="+38" />
        <location line="+170" />
        <source>min</source>
        <translation>분</translation>
    </message>
    <message>
        <location line="-158" />
        <source>Sessions</source>
        <translation>상담</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Video call</source>
        <translation>화상 통화</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text message</source>
        <translation>문자 메시지</translation>
    </message>
    <message>
        <location line="+69" />
        <location line="+85" />
        <source>New session note. Save it with Ctrl+S.</source>
        <translation>새 상담 기록입니다. Ctrl+S로 저장하세요.</translation>
    </message>
    <message>
        <location line="-69" />
        <source>Session of %1 by %2 (saved; read-only)</source>
        <translation>%1 상담, 상담원 %2 (저장됨, 읽기 전용)</translation>
    </message>
    <message>
        <location line="+62" />
        <source>New session note (unsaved, kept while locked).</source>
        <translation>새 상담 기록(잠겨 있는 동안 보관됨, 아직 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../../ui/case_sessions_tab.ui" line="+25" />
        <source>Counselling sessions</source>
        <translation>상담 기록</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Counsellor</source>
        <translation>상담원</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;New session note</source>
        <translation>새 상담 기록(&amp;N)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;When:</source>
        <translation>일시(&amp;W):</translation>
    </message>
    <message>
        <location line="+13" />
        <source>When the session was held</source>
        <translation>상담 일시</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Duration:</source>
        <translation>상담 시간(&amp;D):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Duration in minutes</source>
        <translation>상담 시간(분)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Type:</source>
        <translation>유형(&amp;T):</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Type of session</source>
        <translation>상담 유형</translation>
    </message>
    <message>
        <location line="+7" />
        <source>N&amp;otes:</source>
        <translation>상담 내용(&amp;O):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Session notes</source>
        <translation>상담 내용</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Ne&amp;xt steps:</source>
        <translation>다음 할 일(&amp;X):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Next steps</source>
        <translation>다음 할 일</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="+24" />
        <location line="+214" />
        <source>min</source>
        <translation>분</translation>
    </message>
    <message>
        <location line="-151" />
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Reactivate</source>
        <translation>다시 사용(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../ui/settings_dialog.ui" line="+208" />
        <source>&amp;Deactivate</source>
        <translation>사용 중지(&amp;D)</translation>
    </message>
    <message>
        <location line="+35" />
        <source>New recovery code</source>
        <translation>새 복구 코드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The current recovery code and every printed Recovery Kit will stop working. Make a new one now?</source>
        <translation>지금의 복구 코드와 인쇄해 둔 복구 키트를 모두 더 이상 쓸 수 없게 됩니다. 새로 만들까요?</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Making a new recovery code…</source>
        <translation>새 복구 코드를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="-199" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+10" />
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Lock after &amp;idle time:</source>
        <translation>사용하지 않으면 잠글 시간(&amp;I):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Minutes without activity before CaseApp locks</source>
        <translation>CaseApp이 잠기기까지 사용하지 않는 시간(분)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Press Esc twice to lock at once, for example when someone walks in.</source>
        <translation>누가 들어올 때처럼 바로 잠가야 하면 Esc를 두 번 누르세요.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Organisation name</source>
        <translation>기관 이름</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Phone:</source>
        <translation>전화(&amp;P):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Counsellors</source>
        <translation>상담원</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Counsellor profiles</source>
        <translation>상담원 프로필</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+5" />
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location line="+28" />
        <source>New &amp;profile:</source>
        <translation>새 프로필(&amp;P):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name of the new profile</source>
        <translation>새 프로필 이름</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Role of the new profile</source>
        <translation>새 프로필의 역할</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Passphrase</source>
        <translation>암호</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Everyone who uses CaseApp on this computer will need the new passphrase.</source>
        <translation>이 컴퓨터에서 CaseApp을 쓰는 모든 사람에게 새 암호가 필요합니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Change the passphrase…</source>
        <translation>암호 바꾸기(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Recovery Kit</source>
        <translation>복구 키트</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Make a new recovery code if the Recovery Kit was lost or seen by someone who should not have it. The old code stops working.</source>
        <translation>복구 키트를 잃어버렸거나 보면 안 되는 사람이 봤다면 새 복구 코드를 만드세요. 이전 코드는 더 이상 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Make a &amp;new recovery code and kit…</source>
        <translation>새 복구 코드와 키트 만들기(&amp;N)…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Quick unlock</source>
        <translation>빠른 잠금 해제</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Quick unlock keeps a key in this computer's secure keyring, so anyone signed in to this computer account can open CaseApp with one click instead of the passphrase.</source>
        <translation>빠른 잠금 해제는 이 컴퓨터의 보안 키링에 키를 보관하므로, 이 컴퓨터 계정에 로그인한 사람은 누구나 암호 없이 한 번의 클릭으로 CaseApp을 열 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Use &amp;quick unlock on this computer</source>
        <translation>이 컴퓨터에서 빠른 잠금 해제 사용(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SetupLanguagePage</name>
    <message>
        <location filename="../../ui/setup_language_page.ui" line="+6" />
        <source>Welcome to CaseApp</source>
        <translation>CaseApp에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set up this computer in a few steps. Nothing is sent over the network.</source>
        <translation>몇 단계만 거치면 이 컴퓨터에서 쓸 준비가 끝납니다. 네트워크로 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>CaseApp keeps your centre's case records encrypted on this computer. Choose the language for the app; you can change it later in Settings.</source>
        <translation>CaseApp은 기관의 사건 기록을 이 컴퓨터에 암호화해서 보관합니다. 프로그램 언어를 고르세요. 나중에 설정에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+3" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>SetupOrganisationPage</name>
    <message>
        <location filename="../../ui/setup_organisation_page.ui" line="+6" />
        <source>Your organisation</source>
        <translation>기관 정보</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The name appears on reports, letters and the Recovery Kit.</source>
        <translation>이름은 보고서, 공문, 복구 키트에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Organisation &amp;name:</source>
        <translation>기관 이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Organisation name</source>
        <translation>기관 이름</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. Digital Sex Crime Victim Support Centre</source>
        <translation>예: 디지털성범죄피해자지원센터</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Phone:</source>
        <translation>전화(&amp;P):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Only the name is required. You can change these later in Settings.</source>
        <translation>이름만 꼭 입력하면 됩니다. 나중에 설정에서 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SetupPassphrasePage</name>
    <message>
        <location filename="../../ui/setup_passphrase_page.ui" line="+6" />
        <source>Choose the passphrase</source>
        <translation>암호 정하기</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Everyone at your centre who uses this computer unlocks CaseApp with it.</source>
        <translation>이 컴퓨터를 쓰는 기관의 모든 사람이 이 암호로 CaseApp 잠금을 풉니다.</translation>
    </message>
</context>
<context>
    <name>SetupProfilePage</name>
    <message>
        <location filename="../../ui/setup_profile_page.ui" line="+6" />
        <source>Your counsellor profile</source>
        <translation>상담원 프로필</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every record and every entry in the audit log names the profile that made it.</source>
        <translation>모든 기록과 감사 로그 항목에는 그것을 남긴 프로필 이름이 적힙니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your &amp;name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Colleagues who use this computer can add their own profiles later in Settings. Everyone unlocks with the same passphrase.</source>
        <translation>이 컴퓨터를 함께 쓰는 동료는 나중에 설정에서 자기 프로필을 추가할 수 있습니다. 잠금 해제 암호는 모두 같습니다.</translation>
    </message>
</context>
<context>
    <name>SetupQuickUnlockPage</name>
    <message>
        <location filename="../../ui/setup_quick_unlock_page.ui" line="+6" />
        <source>Quick unlock (optional)</source>
        <translation>빠른 잠금 해제(선택)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>You can change this later in Settings.</source>
        <translation>나중에 설정에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Quick unlock keeps a key in this computer's secure keyring, so anyone signed in to this computer account can open CaseApp with one click instead of the passphrase.</source>
        <translation>빠른 잠금 해제는 이 컴퓨터의 보안 키링에 키를 보관하므로, 이 컴퓨터 계정에 로그인한 사람은 누구나 암호 없이 한 번의 클릭으로 CaseApp을 열 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Use &amp;quick unlock on this computer</source>
        <translation>이 컴퓨터에서 빠른 잠금 해제 사용(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SetupRecoveryPage</name>
    <message>
        <location filename="../../ui/setup_recovery_page.ui" line="+6" />
        <source>Save the Recovery Kit</source>
        <translation>복구 키트 저장</translation>
    </message>
    <message>
        <location line="+3" />
        <source>You cannot continue until the Recovery Kit is saved.</source>
        <translation>복구 키트를 저장해야 다음으로 넘어갈 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../caseapp/gui/setup_wizard.py" line="+99" />
        <source>CaseApp setup</source>
        <translation>CaseApp 설정 마법사</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Creating the encrypted store…</source>
        <translation>암호화 저장소를 만드는 중…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Setting up quick unlock…</source>
        <translation>빠른 잠금 해제를 설정하는 중…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Recovery Kit not saved</source>
        <translation>복구 키트를 저장하지 않았습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The store was created, but the Recovery Kit was not saved. The recovery code will not be shown again. Close anyway?</source>
        <translation>저장소는 만들었지만 복구 키트를 저장하지 않았습니다. 복구 코드는 다시 표시되지 않습니다. 그래도 닫을까요?</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../caseapp/gui/case_tabs/timeline.py" line="+96" />
        <source>Timeline</source>
        <translation>피해 경과</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unknown</source>
        <translation>모름</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not decided yet</source>
        <translation>아직 정하지 않음</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Date unknown</source>
        <translation>날짜 모름</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 also appears in: %2</source>
        <translation>%1 계정은 다음 사건에도 나옵니다: %2</translation>
    </message>
    <message>
        <location line="+51" />
        <location line="+115" />
        <location line="+8" />
        <source>New incident</source>
        <translation>새 피해 사실</translation>
    </message>
    <message>
        <location line="-113" />
        <location line="+117" />
        <source>Incident of %1</source>
        <translation>%1의 피해 사실</translation>
    </message>
    <message>
        <location line="-116" />
        <location line="+117" />
        <source>unknown date</source>
        <translation>날짜 모름</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Incident (unsaved changes)</source>
        <translation>피해 사실(저장하지 않은 변경)</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline_tab.ui" line="+25" />
        <source>Incidents</source>
        <translation>피해 사실</translation>
    </message>
    <message>
        <location line="+25" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+139" />
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location line="-134" />
        <location line="+53" />
        <source>What happened</source>
        <translation>피해 내용</translation>
    </message>
    <message>
        <location line="-45" />
        <source>&amp;New incident</source>
        <translation>새 피해 사실(&amp;N)</translation>
    </message>
    <message>
        <location line="+35" />
        <source>What &amp;happened:</source>
        <translation>피해 내용(&amp;H):</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;When:</source>
        <translation>일시(&amp;W):</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Date known</source>
        <translation>날짜 앎</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Date of the incident</source>
        <translation>피해 발생 날짜</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Time known</source>
        <translation>시각 앎</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Time of the incident</source>
        <translation>피해 발생 시각</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Platform:</source>
        <translation>플랫폼(&amp;P):</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Chat room or &amp;account:</source>
        <translation>대화방 또는 계정(&amp;A):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Chat room or account</source>
        <translation>대화방 또는 계정</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Legal category:</source>
        <translation>법적 분류(&amp;L):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Legal category</source>
        <translation>법적 분류</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Perpetrator's &amp;relation:</source>
        <translation>가해자와의 관계(&amp;R):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Perpetrator's relation to the victim</source>
        <translation>피해자와 가해자의 관계</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. classmate, ex-partner, unknown</source>
        <translation>예: 같은 반 학생, 전 연인, 모름</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Perpetrator &amp;details:</source>
        <translation>가해자 정보(&amp;D):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Perpetrator details</source>
        <translation>가해자 정보</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Accounts or &amp;channels:</source>
        <translation>계정 또는 채널(&amp;C):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Perpetrator accounts or channels, one per line</source>
        <translation>가해자 계정 또는 채널(한 줄에 하나)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One account or channel ID per line, on the platform above</source>
        <translation>한 줄에 계정 또는 채널 ID 하나(위 플랫폼 기준)</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../caseapp/gui/unlock_screen.py" line="+213" />
        <source>You will choose your profile after unlocking.</source>
        <translation>잠금을 푼 뒤 프로필을 고릅니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Counsellor: %1</source>
        <translation>상담원: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation><numerusform>잘못 입력한 횟수가 너무 많습니다. %n초 뒤에 다시 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>That passphrase did not open CaseApp. Check that Caps Lock is off and the keyboard is in the right language (Korean/English key), then try again.</source>
        <translation>입력한 암호로는 CaseApp을 열 수 없습니다. Caps Lock이 꺼져 있는지, 한/영 키로 입력 언어가 맞는지 확인하고 다시 입력하세요.</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../ui/unlock_screen.ui" line="+63" />
        <source>Enter the passphrase to open the case records.</source>
        <translation>사건 기록을 열려면 암호를 입력하세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Demo store: the passphrase is “%1”.</source>
        <translation>데모 저장소입니다. 암호는 “%1”입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_screen.ui" line="-10" />
        <location line="+3" />
        <source>CaseApp is locked</source>
        <translation>CaseApp이 잠겨 있습니다</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Not you? C&amp;hoose after unlocking</source>
        <translation>본인이 아닌가요? 잠금 해제 후 선택(&amp;H)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Passphrase:</source>
        <translation>암호(&amp;P):</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Passphrase</source>
        <translation>암호</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Message</source>
        <translation>안내</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unlocking</source>
        <translation>잠금 해제 중</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Quick unlock</source>
        <translation>빠른 잠금 해제(&amp;Q)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Forgot the passphrase?</source>
        <translation>암호를 잊으셨나요?(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../caseapp/gui/workspace.py" line="+82" />
        <source>Opened new case %1.</source>
        <translation>새 사건 %1을 열었습니다.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Cases</source>
        <translation>사건</translation>
    </message>
</context>
</TS>
