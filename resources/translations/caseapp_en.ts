<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountLinkDialog</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/evidence/account_link_dialog.py" line="+48"/>
        <source>in %n other case(s)</source>
        <translation>
            <numerusform>in %n other case</numerusform>
            <numerusform>in %n other cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/backup/backup_dialog.py" line="+86"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <location line="+64"/>
        <source>You are reminded when the last backup is more than %n day(s) old.</source>
        <translation>
            <numerusform>You are reminded when the last backup is more than %n day old.</numerusform>
            <numerusform>You are reminded when the last backup is more than %n days old.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n unchanged part(s) were not copied again.</source>
        <translation>
            <numerusform>%n unchanged part was not copied again.</numerusform>
            <numerusform>%n unchanged parts were not copied again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/cases/list_view.py" line="+241"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatImportDialog</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/evidence/chat_import_dialog.py" line="+236"/>
        <source>%1%2 — %n message(s)</source>
        <translation>
            <numerusform>%1%2 — %n message</numerusform>
            <numerusform>%1%2 — %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s), %1. People: %2. Media: %3 (%4 not in the export).</source>
        <translation>
            <numerusform>%n message, %1. People: %2. Media: %3 (%4 not in the export).</numerusform>
            <numerusform>%n messages, %1. People: %2. Media: %3 (%4 not in the export).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+170"/>
        <source>%n message(s) match</source>
        <translation>
            <numerusform>%n message matches</numerusform>
            <numerusform>%n messages match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n already in this case</source>
        <translation>
            <numerusform>, %n already in this case</numerusform>
            <numerusform>, %n already in this case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>. %n will be imported.</source>
        <translation>
            <numerusform>. %n will be imported.</numerusform>
            <numerusform>. %n will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The list shows the first %n.</source>
        <translation>
            <numerusform>The list shows the first %n.</numerusform>
            <numerusform>The list shows the first %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>&amp;Import %n message(s)</source>
        <translation>
            <numerusform>&amp;Import %n message</numerusform>
            <numerusform>&amp;Import %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/cases/close_dialog.py" line="+76"/>
        <source>%n takedown request(s) still open: %1</source>
        <translation>
            <numerusform>%n takedown request still open: %1</numerusform>
            <numerusform>%n takedown requests still open: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n follow-up(s) not done yet.</source>
        <translation>
            <numerusform>%n follow-up not done yet.</numerusform>
            <numerusform>%n follow-ups not done yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n evidence item(s) never verified: %1</source>
        <translation>
            <numerusform>%n evidence item never verified: %1</numerusform>
            <numerusform>%n evidence items never verified: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Kept %n year(s) after closing, until about %1; then a supervisor reviews it for deletion.</source>
        <translation>
            <numerusform>Kept %n year after closing, until about %1; then a supervisor reviews it for deletion.</numerusform>
            <numerusform>Kept %n years after closing, until about %1; then a supervisor reviews it for deletion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentPrompt</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/consent_prompt.py" line="+47"/>
        <source>%n file(s): consent to keep copies is missing</source>
        <translation>
            <numerusform>%n file: consent to keep copies is missing</numerusform>
            <numerusform>%n files: consent to keep copies is missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+132"/>
        <source>Withdrawing consent to keep copies removes the stored files of %n evidence item(s) of this case:</source>
        <translation>
            <numerusform>Withdrawing consent to keep copies removes the stored file of %n evidence item of this case:</numerusform>
            <numerusform>Withdrawing consent to keep copies removes the stored files of %n evidence items of this case:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/evidence/tab.py" line="+353"/>
        <source>%n item(s) skipped: only files can be added, not folders.</source>
        <translation>
            <numerusform>%n item skipped: only files can be added, not folders.</numerusform>
            <numerusform>%n items skipped: only files can be added, not folders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>%n more waiting</source>
        <translation>
            <numerusform>%n more waiting</numerusform>
            <numerusform>%n more waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n file added.</numerusform>
            <numerusform>%n files added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be added.</source>
        <translation>
            <numerusform>%n file could not be added.</numerusform>
            <numerusform>%n files could not be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) match evidence already stored: see below.</source>
        <translation>
            <numerusform>%n file matches evidence already stored: see below.</numerusform>
            <numerusform>%n files match evidence already stored: see below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) are on a known-material hash list: see below.</source>
        <translation>
            <numerusform>%n file is on a known-material hash list: see below.</numerusform>
            <numerusform>%n files are on a known-material hash list: see below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>%1 is linked. This account appears in %n other case(s): %2</source>
        <translation>
            <numerusform>%1 is linked. This account appears in %n other case: %2</numerusform>
            <numerusform>%1 is linked. This account appears in %n other cases: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%n message(s) imported as evidence.</source>
        <translation>
            <numerusform>%n message imported as evidence.</numerusform>
            <numerusform>%n messages imported as evidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n were already in this case.</source>
        <translation>
            <numerusform>%n was already in this case.</numerusform>
            <numerusform>%n were already in this case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Copied %n SHA-256 value(s).</source>
        <translation>
            <numerusform>Copied %n SHA-256 value.</numerusform>
            <numerusform>Copied %n SHA-256 values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n item(s) checked: every stored copy matches its SHA-256.</source>
        <translation>
            <numerusform>%n item checked: its stored copy matches its SHA-256.</numerusform>
            <numerusform>%n items checked: every stored copy matches its SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n item(s) do not check out. Do not hand them over until this is resolved; restore them from a backup if you can.</source>
        <translation>
            <numerusform>%n item does not check out. Do not hand it over until this is resolved; restore it from a backup if you can.</numerusform>
            <numerusform>%n items do not check out. Do not hand them over until this is resolved; restore them from a backup if you can.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HashListDialog</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/evidence/hash_list_dialog.py" line="+93"/>
        <source>%n evidence item(s) are on a hash list. They are marked in their case&apos;s evidence list and in police reports.</source>
        <translation>
            <numerusform>%n evidence item is on a hash list. It is marked in its case&apos;s evidence list and in police reports.</numerusform>
            <numerusform>%n evidence items are on a hash list. They are marked in their case&apos;s evidence list and in police reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n malformed line(s) were skipped:</source>
        <translation>
            <numerusform>%n malformed line was skipped:</numerusform>
            <numerusform>%n malformed lines were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n line(s) of this file are not valid, so nothing was imported. Correct them, or tick “Skip malformed lines” to import the others.</source>
        <translation>
            <numerusform>%n line of this file is not valid, so nothing was imported. Correct it, or tick “Skip malformed lines” to import the others.</numerusform>
            <numerusform>%n lines of this file are not valid, so nothing was imported. Correct them, or tick “Skip malformed lines” to import the others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/home/view.py" line="+364"/>
        <source>%n evidence item(s) in %1 case(s) are on a known-material hash list.</source>
        <translation>
            <numerusform>%n evidence item in %1 case(s) is on a known-material hash list.</numerusform>
            <numerusform>%n evidence items in %1 case(s) are on a known-material hash list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveHandoverDialog</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/handover/receive_dialog.py" line="+135"/>
        <source>The bundle is intact. It holds %n case(s)</source>
        <translation>
            <numerusform>The bundle is intact. It holds %n case</numerusform>
            <numerusform>The bundle is intact. It holds %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> and %n evidence file(s).</source>
        <translation>
            <numerusform> and %n evidence file.</numerusform>
            <numerusform> and %n evidence files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Victims&apos; identifying details: in %n case(s).</source>
        <translation>
            <numerusform>Victims&apos; identifying details: in %n case.</numerusform>
            <numerusform>Victims&apos; identifying details: in %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n case(s) imported</source>
        <translation>
            <numerusform>%n case imported</numerusform>
            <numerusform>%n cases imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, with %n evidence file(s):</source>
        <translation>
            <numerusform>, with %n evidence file:</numerusform>
            <numerusform>, with %n evidence files:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/backup/restore_dialog.py" line="+164"/>
        <source>Made %1 · %n case(s) · %2</source>
        <translation>
            <numerusform>Made %1 · %n case · %2</numerusform>
            <numerusform>Made %1 · %n cases · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakedownsTab</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/takedowns/tab.py" line="+246"/>
        <source>%n request(s) about the same material: escalations and re-uploads, oldest first. Double-click one to open it.</source>
        <translation>
            <numerusform>%n request about the same material.</numerusform>
            <numerusform>%n requests about the same material: escalations and re-uploads, oldest first. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/lock/unlock_screen.py" line="+251"/>
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/backup/verify_dialog.py" line="+127"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
</TS>
