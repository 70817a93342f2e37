<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Answer</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="146"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/answer_controls.py" line="146"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../ui/app.py" line="73"/>
        <source>No voice for this language is installed; another voice reads instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="74"/>
        <source>Speech is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../../ui/screens/applications.py" line="30"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="47"/>
        <source>%1 application(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsScreen</name>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="65"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="69"/>
        <location filename="../../../ui/screens/attachments.py" line="123"/>
        <source>Add a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="70"/>
        <source>Add the newest scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="71"/>
        <source>Next: review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="93"/>
        <source>Documents this service asks for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="94"/>
        <source>This service needs no documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="105"/>
        <source>Preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="109"/>
        <source>Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="110"/>
        <source>Turn %1 a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="111"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="112"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="124"/>
        <source>Images and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="133"/>
        <source>No scan found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="144"/>
        <source>Document added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="164"/>
        <source>Document removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionScreen</name>
    <message>
        <location filename="../../../ui/screens/attention.py" line="30"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="54"/>
        <source>%1 item(s) to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="55"/>
        <source>Nothing needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="64"/>
        <source>Fix and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="68"/>
        <source>Household %1 was changed here and at the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="69"/>
        <source>Choose which value to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictScreen</name>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="40"/>
        <source>Choose which value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="44"/>
        <source>This household was changed on this device and at the agency. For each field, keep yours or the agency&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="45"/>
        <source>Keep these and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="63"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="63"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="63"/>
        <source>Mine (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="63"/>
        <source>The agency&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="86"/>
        <source>Saved. It will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../../ui/screens/consent.py" line="67"/>
        <source>Privacy notice and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="71"/>
        <source>Read the notice aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="72"/>
        <source>Who agrees, and how?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="73"/>
        <source>The citizen signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="73"/>
        <source>A family member signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="74"/>
        <source>Fingerprint and two witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="76"/>
        <source>&amp;Name of the person agreeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="77"/>
        <source>&amp;Relationship to the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="79"/>
        <source>Witness %1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="83"/>
        <source>Also agrees to the use of health data (needed for this service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="84"/>
        <source>Sign here with a finger, a pen or the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="86"/>
        <source>Signature pad. Undo removes the last stroke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="87"/>
        <source>Undo last stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="88"/>
        <source>Clear and sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="89"/>
        <source>Agree and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="132"/>
        <source>Please sign in the box first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="135"/>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../ui/errors.py" line="62"/>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="64"/>
        <source>Kiosk may not write to its data folder. Ask IT to check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="67"/>
        <source>The household store is busy or locked by another program. Close other Kiosk windows and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="69"/>
        <source>The agency hub cannot be reached. Your work is kept on this device and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="70"/>
        <source>Something went wrong. Your saved work is safe. If it happens again, tell IT and mention the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="94"/>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperScreen</name>
    <message>
        <location filename="../../../ui/screens/helper.py" line="42"/>
        <source>How old are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="42"/>
        <source>Under 55</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="42"/>
        <source>55 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="43"/>
        <source>65 to 84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="43"/>
        <source>85 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="44"/>
        <source>Do you live alone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="44"/>
        <location filename="../../../ui/screens/helper.py" line="49"/>
        <location filename="../../../ui/screens/helper.py" line="50"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="44"/>
        <location filename="../../../ui/screens/helper.py" line="46"/>
        <location filename="../../../ui/screens/helper.py" line="49"/>
        <location filename="../../../ui/screens/helper.py" line="50"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="45"/>
        <source>Do you have a disability certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="46"/>
        <source>Yes, mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="46"/>
        <source>Yes, moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="47"/>
        <source>Yes, severe or very severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="48"/>
        <source>Is your household&apos;s monthly income per person below NT$20,000?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="49"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="50"/>
        <source>Did you come to Taiwan through marriage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="54"/>
        <source>Welfare helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="58"/>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="77"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="87"/>
        <source>Your answers are not stored. Only an officer can confirm eligibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="88"/>
        <source>Services you may receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="90"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="93"/>
        <source>We found no service from your answers. An officer can still check with you: call 1957.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../../ui/screens/home.py" line="39"/>
        <source>Today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="43"/>
        <source>Find a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="44"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="45"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="46"/>
        <source>Who to visit first, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="56"/>
        <source>Checking every household against the service rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="62"/>
        <source>Visit plan ready: %1 household(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="68"/>
        <source>%1 household(s) to visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="72"/>
        <source>NT$%1 a month unclaimed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../../ui/screens/household.py" line="58"/>
        <location filename="../../../ui/screens/household.py" line="97"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="61"/>
        <source>People in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="62"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="63"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="64"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="65"/>
        <source>Resolve changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="99"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="104"/>
        <source>Changed here and at the agency: please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="105"/>
        <source>Up to date on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="109"/>
        <source>%1 years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="116"/>
        <source>Checking which services apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="123"/>
        <source>No service found for this household today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="126"/>
        <source>whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="127"/>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="127"/>
        <source>eligible, not yet receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="132"/>
        <source>(planned amount, not yet final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="138"/>
        <source>Start an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="151"/>
        <source>No applications yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/shell.py" line="79"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="79"/>
        <source>Go to the previous screen (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="80"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="81"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="81"/>
        <source>Read this screen aloud (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="82"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="82"/>
        <source>Language, text size, colours and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="83"/>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="83"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="84"/>
        <location filename="../../../ui/shell.py" line="85"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="86"/>
        <source>Kiosk: e-services delivered home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="48"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="52"/>
        <source>Print (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="53"/>
        <source>Print (80 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="54"/>
        <location filename="../../../ui/screens/receipt.py" line="116"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="85"/>
        <source>Receipt preview, tracking number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="112"/>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="124"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../../ui/screens/review.py" line="48"/>
        <source>Check before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="52"/>
        <source>Change an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="53"/>
        <source>Submit the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="72"/>
        <source>You are applying for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="74"/>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="77"/>
        <source>Documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="79"/>
        <source>Consent given by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="79"/>
        <source>No consent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="82"/>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="85"/>
        <source>Still needed before sending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="92"/>
        <source>Application submitted. It will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RocDate</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="120"/>
        <source>Year (ROC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/answer_controls.py" line="120"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/answer_controls.py" line="120"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../../ui/screens/search.py" line="38"/>
        <source>Find a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="42"/>
        <source>&amp;Name, ID number or its last 4 digits, phone, address or household number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="43"/>
        <source>Search households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="44"/>
        <source>for example 秀英 or 0912</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="72"/>
        <source>No household matches. Check the spelling or try part of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="74"/>
        <source>%1 household(s) found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../../ui/screens/settings.py" line="78"/>
        <source>This is how I sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="84"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="88"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="89"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="90"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="91"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="92"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="93"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="94"/>
        <source>Read prompts and errors aloud automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="95"/>
        <source>Speaking &amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="96"/>
        <source>Speaking rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="97"/>
        <source>&amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="98"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="99"/>
        <source>Try the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="100"/>
        <source>&amp;Lock automatically after (minutes without use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="101"/>
        <source>Lock automatically after (minutes without use)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="38"/>
        <source>Check my application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="42"/>
        <source>&amp;Tracking number (on your receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="43"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="44"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="45"/>
        <source>Use a picture of the receipt&apos;s QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="54"/>
        <source>Picture of the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="74"/>
        <source>This code is not a genuine Kiosk receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="75"/>
        <source>No application with this number. Check the number on your receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="77"/>
        <source>Need help? Call 1957.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="81"/>
        <source>Please bring the missing documents to your district office or call 1957.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="82"/>
        <source>A letter with the decision will be sent to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="83"/>
        <source>The agency is reviewing it. You do not need to do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="84"/>
        <source>It will be sent to the agency soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../../ui/still_there.py" line="38"/>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/still_there.py" line="39"/>
        <source>Yes, continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/still_there.py" line="51"/>
        <source>To protect your privacy, this screen will be cleared in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../../ui/sync_controller.py" line="73"/>
        <source>Sync finished: everything is sent and up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="75"/>
        <source>Sync stopped before the end; it will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="82"/>
        <source>The hub could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="92"/>
        <source>Offline or the hub is unreachable: applications wait safely on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="93"/>
        <source>The officer must log in to the hub again (enrol this device again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="94"/>
        <source>This app is too old for the hub: please update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="95"/>
        <source>The hub&apos;s security certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="96"/>
        <source>The hub refused this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="97"/>
        <source>Sync took too long and will continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="98"/>
        <source>The agency wiped this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="102"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="102"/>
        <source>Sync is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="105"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="107"/>
        <source>No hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="107"/>
        <source>This device is not enrolled with an agency hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="112"/>
        <source>%1 to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="114"/>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="116"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="117"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="118"/>
        <source>Last complete sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="33"/>
        <source>Sync with the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="37"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="38"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="39"/>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="68"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="80"/>
        <source>This device is not connected to an agency hub yet. IT enrols it with a one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="84"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="85"/>
        <source>Last complete sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="86"/>
        <source>Waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="88"/>
        <source>Needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="91"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="94"/>
        <source>Everything is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="94"/>
        <source>Something is waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="72"/>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/answer_controls.py" line="72"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="34"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="34"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="35"/>
        <source>Self-service kiosk (staff unlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="36"/>
        <source>Mode: %1. Enter your PIN to open the households on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="37"/>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="38"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="39"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="42"/>
        <source>Kiosk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="49"/>
        <source>Please enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="52"/>
        <source>Opening the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="35"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="38"/>
        <source>Welcome. How can we help you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="39"/>
        <source>Touch a large button. Everything on this screen can be read aloud: touch “Read aloud” at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="40"/>
        <source>Welfare helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="41"/>
        <source>Answer a few questions and see which services you may receive. Nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="42"/>
        <source>Check my application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="43"/>
        <source>Type the tracking number from your receipt, or scan its QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="48"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="51"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="52"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="80"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="82"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="97"/>
        <source>Filled in from the household record: please confirm with the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="117"/>
        <location filename="../../../ui/screens/wizard.py" line="118"/>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../../ui/words.py" line="12"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="14"/>
        <source>Waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="16"/>
        <source>Under review by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="16"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="18"/>
        <source>Documents needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="20"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="20"/>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="22"/>
        <source>Needs correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="24"/>
        <source>Changed elsewhere: check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="29"/>
        <source>head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="29"/>
        <source>spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="29"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="29"/>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="30"/>
        <source>grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="30"/>
        <source>grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="30"/>
        <source>sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31"/>
        <source>parent-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31"/>
        <source>child-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31"/>
        <source>lodger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31"/>
        <source>relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="35"/>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="35"/>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="35"/>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="39"/>
        <source>yearly review of the low-income status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="40"/>
        <source>citizen digital certificate expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="41"/>
        <source>disability certificate to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="42"/>
        <source>old-format resident ID to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="43"/>
        <source>turns 65: new services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="43"/>
        <source>reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
