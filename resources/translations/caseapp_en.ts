<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseListView</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/case_list.py" line="+211" />
        <source>%n case(s)</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/unlock_screen.py" line="+225" />
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation><numerusform>Too many wrong attempts. You can try again in %n second.</numerusform><numerusform>Too many wrong attempts. You can try again in %n seconds.</numerusform></translation>
    </message>
</context>
</TS>
