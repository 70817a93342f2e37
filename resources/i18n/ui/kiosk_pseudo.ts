<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Answer</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="147" />
        <source>Yes</source>
        <translation>[Ýéš~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/answer_controls.py" line="147" />
        <source>No</source>
        <translation>[Ñö~~]</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../ui/app.py" line="73" />
        <source>No voice for this language is installed; another voice reads instead.</source>
        <translation>[Ñö vöîçé föŕ thîš làñgüàgé îš îñštàlléd; àñöthéŕ vöîçé ŕéàdš îñštéàd.~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="74" />
        <source>Speech is not available on this computer.</source>
        <translation>[Špééçh îš ñöt àvàîlàblé öñ thîš çömpütéŕ.~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../../ui/screens/applications.py" line="30" />
        <source>Applications</source>
        <translation>[Àpplîçàtîöñš~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="47" />
        <source>%1 application(s)</source>
        <translation>[%1 àpplîçàtîöñ(š)~~~~~~]</translation>
    </message>
</context>
<context>
    <name>AttachmentsScreen</name>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="59" />
        <source>Documents</source>
        <translation>[Döçüméñtš~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="63" />
        <location filename="../../../ui/screens/attachments.py" line="118" />
        <source>Add a file</source>
        <translation>[Àdd à fîlé~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="64" />
        <source>Add the newest scan</source>
        <translation>[Àdd thé ñéwéšt šçàñ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="65" />
        <source>Next: review</source>
        <translation>[Ñéxt: ŕévîéw~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="87" />
        <source>Documents this service asks for:</source>
        <translation>[Döçüméñtš thîš šéŕvîçé àškš föŕ:~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="88" />
        <source>This service needs no documents.</source>
        <translation>[Thîš šéŕvîçé ñéédš ñö döçüméñtš.~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="99" />
        <source>Preview of %1</source>
        <translation>[Pŕévîéw öf %1~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="104" />
        <source>Turn</source>
        <translation>[Tüŕñ~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="105" />
        <source>Turn %1 a quarter</source>
        <translation>[Tüŕñ %1 à qüàŕtéŕ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="106" />
        <source>Remove</source>
        <translation>[Ŕémövé~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="107" />
        <source>Remove %1</source>
        <translation>[Ŕémövé %1~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="119" />
        <source>Images and PDF</source>
        <translation>[Îmàgéš àñd PDF~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="128" />
        <source>No scan found in %1</source>
        <translation>[Ñö šçàñ föüñd îñ %1~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="139" />
        <source>Document added</source>
        <translation>[Döçüméñt àddéd~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="159" />
        <source>Document removed</source>
        <translation>[Döçüméñt ŕémövéd~~~~~~]</translation>
    </message>
</context>
<context>
    <name>AttentionScreen</name>
    <message>
        <location filename="../../../ui/screens/attention.py" line="30" />
        <source>Needs attention</source>
        <translation>[Ñéédš àttéñtîöñ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="54" />
        <source>%1 item(s) to fix</source>
        <translation>[%1 îtém(š) tö fîx~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="55" />
        <source>Nothing needs attention</source>
        <translation>[Ñöthîñg ñéédš àttéñtîöñ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="64" />
        <source>Fix and send again</source>
        <translation>[Fîx àñd šéñd àgàîñ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="68" />
        <source>Household %1 was changed here and at the agency</source>
        <translation>[Höüšéhöld %1 wàš çhàñgéd héŕé àñd àt thé àgéñçý~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="69" />
        <source>Choose which value to keep</source>
        <translation>[Çhööšé whîçh vàlüé tö kéép~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ConflictScreen</name>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="40" />
        <source>Choose which value to keep</source>
        <translation>[Çhööšé whîçh vàlüé tö kéép~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="44" />
        <source>This household was changed on this device and at the agency. For each field, keep yours or the agency's.</source>
        <translation>[Thîš höüšéhöld wàš çhàñgéd öñ thîš dévîçé àñd àt thé àgéñçý. Föŕ éàçh fîéld, kéép ýöüŕš öŕ thé àgéñçý'š.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="45" />
        <source>Keep these and send</source>
        <translation>[Kéép théšé àñd šéñd~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="63" />
        <source>Field</source>
        <translation>[Fîéld~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="63" />
        <source>Original</source>
        <translation>[Öŕîgîñàl~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="63" />
        <source>Mine (this device)</source>
        <translation>[Mîñé (thîš dévîçé)~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="63" />
        <source>The agency's</source>
        <translation>[Thé àgéñçý'š~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="87" />
        <source>Saved. It will be sent at the next sync.</source>
        <translation>[Šàvéd. Ît wîll bé šéñt àt thé ñéxt šýñç.~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../../ui/screens/consent.py" line="68" />
        <source>Privacy notice and consent</source>
        <translation>[Pŕîvàçý ñötîçé àñd çöñšéñt~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="72" />
        <source>Read the notice aloud</source>
        <translation>[Ŕéàd thé ñötîçé àlöüd~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="73" />
        <source>Who agrees, and how?</source>
        <translation>[Whö àgŕééš, àñd höw?~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="74" />
        <source>The citizen signs</source>
        <translation>[Thé çîtîzéñ šîgñš~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="74" />
        <source>A family member signs</source>
        <translation>[À fàmîlý mémbéŕ šîgñš~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="75" />
        <source>Fingerprint and two witnesses</source>
        <translation>[Fîñgéŕpŕîñt àñd twö wîtñéššéš~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="77" />
        <source>&amp;Name of the person agreeing</source>
        <translation>[&amp;Ñàmé öf thé péŕšöñ àgŕééîñg~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="78" />
        <source>&amp;Relationship to the citizen</source>
        <translation>[&amp;Ŕélàtîöñšhîp tö thé çîtîzéñ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="80" />
        <source>Witness %1: name</source>
        <translation>[Wîtñéšš %1: ñàmé~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="84" />
        <source>Also agrees to the use of health data (needed for this service)</source>
        <translation>[Àlšö àgŕééš tö thé üšé öf héàlth dàtà (ñéédéd föŕ thîš šéŕvîçé)~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="85" />
        <source>Sign here with a finger, a pen or the mouse</source>
        <translation>[Šîgñ héŕé wîth à fîñgéŕ, à péñ öŕ thé möüšé~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="87" />
        <source>Signature pad. Undo removes the last stroke.</source>
        <translation>[Šîgñàtüŕé pàd. Üñdö ŕémövéš thé làšt štŕöké.~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="88" />
        <source>Undo last stroke</source>
        <translation>[Üñdö làšt štŕöké~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="89" />
        <source>Clear and sign again</source>
        <translation>[Çléàŕ àñd šîgñ àgàîñ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="90" />
        <source>Agree and continue</source>
        <translation>[Àgŕéé àñd çöñtîñüé~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="133" />
        <source>Please sign in the box first.</source>
        <translation>[Pléàšé šîgñ îñ thé böx fîŕšt.~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="136" />
        <source>Consent recorded</source>
        <translation>[Çöñšéñt ŕéçöŕdéd~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../ui/errors.py" line="62" />
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>[Thé dîšk îš füll. Ñöthîñg wàš löšt; fŕéé šömé špàçé àñd tŕý àgàîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="64" />
        <source>Kiosk may not write to its data folder. Ask IT to check the folder's permissions.</source>
        <translation>[Kîöšk màý ñöt wŕîté tö îtš dàtà földéŕ. Àšk ÎT tö çhéçk thé földéŕ'š péŕmîššîöñš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="67" />
        <source>The household store is busy or locked by another program. Close other Kiosk windows and try again.</source>
        <translation>[Thé höüšéhöld štöŕé îš büšý öŕ löçkéd bý àñöthéŕ pŕögŕàm. Çlöšé öthéŕ Kîöšk wîñdöwš àñd tŕý àgàîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="69" />
        <source>The agency hub cannot be reached. Your work is kept on this device and will be sent later.</source>
        <translation>[Thé àgéñçý hüb çàññöt bé ŕéàçhéd. Ýöüŕ wöŕk îš képt öñ thîš dévîçé àñd wîll bé šéñt làtéŕ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="70" />
        <source>Something went wrong. Your saved work is safe. If it happens again, tell IT and mention the time.</source>
        <translation>[Šöméthîñg wéñt wŕöñg. Ýöüŕ šàvéd wöŕk îš šàfé. Îf ît hàppéñš àgàîñ, téll ÎT àñd méñtîöñ thé tîmé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="94" />
        <source>Kiosk</source>
        <translation>[Kîöšk~~]</translation>
    </message>
</context>
<context>
    <name>HelperScreen</name>
    <message>
        <location filename="../../../ui/screens/helper.py" line="46" />
        <source>How old are you?</source>
        <translation>[Höw öld àŕé ýöü?~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="46" />
        <source>Under 55</source>
        <translation>[Üñdéŕ 55~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="46" />
        <source>55 to 64</source>
        <translation>[55 tö 64~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="47" />
        <source>65 to 84</source>
        <translation>[65 tö 84~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="47" />
        <source>85 or older</source>
        <translation>[85 öŕ öldéŕ~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="48" />
        <source>Do you live alone?</source>
        <translation>[Dö ýöü lîvé àlöñé?~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="48" />
        <location filename="../../../ui/screens/helper.py" line="53" />
        <location filename="../../../ui/screens/helper.py" line="54" />
        <source>Yes</source>
        <translation>[Ýéš~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="48" />
        <location filename="../../../ui/screens/helper.py" line="50" />
        <location filename="../../../ui/screens/helper.py" line="53" />
        <location filename="../../../ui/screens/helper.py" line="54" />
        <source>No</source>
        <translation>[Ñö~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="49" />
        <source>Do you have a disability certificate?</source>
        <translation>[Dö ýöü hàvé à dîšàbîlîtý çéŕtîfîçàté?~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="50" />
        <source>Yes, mild</source>
        <translation>[Ýéš, mîld~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="50" />
        <source>Yes, moderate</source>
        <translation>[Ýéš, mödéŕàté~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="51" />
        <source>Yes, severe or very severe</source>
        <translation>[Ýéš, šévéŕé öŕ véŕý šévéŕé~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="52" />
        <source>Is your household's monthly income per person below NT$20,000?</source>
        <translation>[Îš ýöüŕ höüšéhöld'š möñthlý îñçömé péŕ péŕšöñ bélöw ÑT$20,000?~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="53" />
        <source>I don't know</source>
        <translation>[Î döñ't kñöw~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="54" />
        <source>Did you come to Taiwan through marriage?</source>
        <translation>[Dîd ýöü çömé tö Tàîwàñ thŕöügh màŕŕîàgé?~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="58" />
        <source>Welfare helper</source>
        <translation>[Wélfàŕé hélpéŕ~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="62" />
        <source>Previous question</source>
        <translation>[Pŕévîöüš qüéštîöñ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="81" />
        <source>Question %1 of %2</source>
        <translation>[Qüéštîöñ %1 öf %2~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="92" />
        <source>Your answers are not stored. Only an officer can confirm eligibility.</source>
        <translation>[Ýöüŕ àñšwéŕš àŕé ñöt štöŕéd. Öñlý àñ öffîçéŕ çàñ çöñfîŕm élîgîbîlîtý.~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="93" />
        <source>Services you may receive</source>
        <translation>[Šéŕvîçéš ýöü màý ŕéçéîvé~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="95" />
        <source>Checking…</source>
        <translation>[Çhéçkîñg…~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="98" />
        <source>We found no service from your answers. An officer can still check with you: call 1957.</source>
        <translation>[Wé föüñd ñö šéŕvîçé fŕöm ýöüŕ àñšwéŕš. Àñ öffîçéŕ çàñ štîll çhéçk wîth ýöü: çàll 1957.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../../ui/screens/home.py" line="39" />
        <source>Today's visits</source>
        <translation>[Tödàý'š vîšîtš~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="43" />
        <source>Find a household</source>
        <translation>[Fîñd à höüšéhöld~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="44" />
        <source>Applications</source>
        <translation>[Àpplîçàtîöñš~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="45" />
        <source>Needs attention</source>
        <translation>[Ñéédš àttéñtîöñ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="46" />
        <source>Who to visit first, and why</source>
        <translation>[Whö tö vîšît fîŕšt, àñd whý~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="56" />
        <source>Checking every household against the service rules…</source>
        <translation>[Çhéçkîñg évéŕý höüšéhöld àgàîñšt thé šéŕvîçé ŕüléš…~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="62" />
        <source>Visit plan ready: %1 household(s)</source>
        <translation>[Vîšît plàñ ŕéàdý: %1 höüšéhöld(š)~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="68" />
        <source>%1 household(s) to visit</source>
        <translation>[%1 höüšéhöld(š) tö vîšît~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="72" />
        <source>NT$%1 a month unclaimed</source>
        <translation>[ÑT$%1 à möñth üñçlàîméd~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../../ui/screens/household.py" line="58" />
        <location filename="../../../ui/screens/household.py" line="97" />
        <source>Household</source>
        <translation>[Höüšéhöld~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="61" />
        <source>People in the household</source>
        <translation>[Péöplé îñ thé höüšéhöld~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="62" />
        <source>Services</source>
        <translation>[Šéŕvîçéš~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="63" />
        <source>Reminders</source>
        <translation>[Ŕémîñdéŕš~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="64" />
        <source>Applications</source>
        <translation>[Àpplîçàtîöñš~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="65" />
        <source>Resolve changed fields</source>
        <translation>[Ŕéšölvé çhàñgéd fîéldš~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="99" />
        <source>Loading…</source>
        <translation>[Löàdîñg…~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="104" />
        <source>Changed here and at the agency: please check</source>
        <translation>[Çhàñgéd héŕé àñd àt thé àgéñçý: pléàšé çhéçk~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="105" />
        <source>Up to date on this device</source>
        <translation>[Üp tö dàté öñ thîš dévîçé~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="109" />
        <source>%1 years old</source>
        <translation>[%1 ýéàŕš öld~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="116" />
        <source>Checking which services apply…</source>
        <translation>[Çhéçkîñg whîçh šéŕvîçéš àpplý…~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="123" />
        <source>No service found for this household today.</source>
        <translation>[Ñö šéŕvîçé föüñd föŕ thîš höüšéhöld tödàý.~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="126" />
        <source>whole household</source>
        <translation>[whölé höüšéhöld~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="127" />
        <source>receiving</source>
        <translation>[ŕéçéîvîñg~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="127" />
        <source>eligible, not yet receiving</source>
        <translation>[élîgîblé, ñöt ýét ŕéçéîvîñg~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="132" />
        <source>(planned amount, not yet final)</source>
        <translation>[(plàññéd àmöüñt, ñöt ýét fîñàl)~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="138" />
        <source>Start an application</source>
        <translation>[Štàŕt àñ àpplîçàtîöñ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="151" />
        <source>No applications yet.</source>
        <translation>[Ñö àpplîçàtîöñš ýét.~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/shell.py" line="80" />
        <source>Back</source>
        <translation>[Bàçk~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="80" />
        <source>Go to the previous screen (Alt+Left)</source>
        <translation>[Gö tö thé pŕévîöüš šçŕééñ (Àlt+Léft)~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="81" />
        <source>Home</source>
        <translation>[Hömé~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="82" />
        <source>Read aloud</source>
        <translation>[Ŕéàd àlöüd~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="82" />
        <source>Read this screen aloud (F1)</source>
        <translation>[Ŕéàd thîš šçŕééñ àlöüd (F1)~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="83" />
        <source>Settings</source>
        <translation>[Šéttîñgš~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="83" />
        <source>Language, text size, colours and voice</source>
        <translation>[Làñgüàgé, téxt šîzé, çölöüŕš àñd vöîçé~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="84" />
        <source>End session</source>
        <translation>[Éñd šéššîöñ~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="84" />
        <source>Lock</source>
        <translation>[Löçk~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="85" />
        <location filename="../../../ui/shell.py" line="86" />
        <source>Language</source>
        <translation>[Làñgüàgé~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="87" />
        <source>Kiosk: e-services delivered home</source>
        <translation>[Kîöšk: é-šéŕvîçéš délîvéŕéd hömé~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../../ui/receipt_painter.py" line="26" />
        <source>Application receipt</source>
        <translation>[Àpplîçàtîöñ ŕéçéîpt~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/receipt_painter.py" line="31" />
        <source>Documents still needed</source>
        <translation>[Döçüméñtš štîll ñéédéd~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/receipt_painter.py" line="32" />
        <source>Scan the code to check that this receipt is genuine.</source>
        <translation>[Šçàñ thé çödé tö çhéçk thàt thîš ŕéçéîpt îš géñüîñé.~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="48" />
        <source>Receipt</source>
        <translation>[Ŕéçéîpt~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="52" />
        <source>Print (A4)</source>
        <translation>[Pŕîñt (À4)~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="53" />
        <source>Print (80 mm)</source>
        <translation>[Pŕîñt (80 mm)~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="54" />
        <location filename="../../../ui/screens/receipt.py" line="116" />
        <source>Save as PDF</source>
        <translation>[Šàvé àš PDF~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="85" />
        <source>Receipt preview, tracking number %1</source>
        <translation>[Ŕéçéîpt pŕévîéw, tŕàçkîñg ñümbéŕ %1~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="112" />
        <source>Sent to the printer</source>
        <translation>[Šéñt tö thé pŕîñtéŕ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="124" />
        <source>Saved: %1</source>
        <translation>[Šàvéd: %1~~~]</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../../ui/screens/review.py" line="48" />
        <source>Check before sending</source>
        <translation>[Çhéçk béföŕé šéñdîñg~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="52" />
        <source>Change an answer</source>
        <translation>[Çhàñgé àñ àñšwéŕ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="53" />
        <source>Submit the application</source>
        <translation>[Šübmît thé àpplîçàtîöñ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="72" />
        <source>You are applying for: %1</source>
        <translation>[Ýöü àŕé àpplýîñg föŕ: %1~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="74" />
        <source>For: %1</source>
        <translation>[Föŕ: %1~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="77" />
        <source>Documents: %1</source>
        <translation>[Döçüméñtš: %1~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="79" />
        <source>Consent given by %1</source>
        <translation>[Çöñšéñt gîvéñ bý %1~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="79" />
        <source>No consent yet</source>
        <translation>[Ñö çöñšéñt ýét~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="82" />
        <source>consent</source>
        <translation>[çöñšéñt~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="85" />
        <source>Still needed before sending:</source>
        <translation>[Štîll ñéédéd béföŕé šéñdîñg:~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="92" />
        <source>Application submitted. It will be sent at the next sync.</source>
        <translation>[Àpplîçàtîöñ šübmîttéd. Ît wîll bé šéñt àt thé ñéxt šýñç.~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>RocDate</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="121" />
        <source>Year (ROC)</source>
        <translation>[Ýéàŕ (ŔÖÇ)~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/answer_controls.py" line="121" />
        <source>Month</source>
        <translation>[Möñth~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/answer_controls.py" line="121" />
        <source>Day</source>
        <translation>[Dàý~~]</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../../ui/screens/search.py" line="38" />
        <source>Find a household</source>
        <translation>[Fîñd à höüšéhöld~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="42" />
        <source>&amp;Name, ID number or its last 4 digits, phone, address or household number</source>
        <translation>[&amp;Ñàmé, ÎD ñümbéŕ öŕ îtš làšt 4 dîgîtš, phöñé, àddŕéšš öŕ höüšéhöld ñümbéŕ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="43" />
        <source>Search households</source>
        <translation>[Šéàŕçh höüšéhöldš~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="44" />
        <source>for example 秀英 or 0912</source>
        <translation>[föŕ éxàmplé 秀英 öŕ 0912~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="72" />
        <source>No household matches. Check the spelling or try part of the name.</source>
        <translation>[Ñö höüšéhöld màtçhéš. Çhéçk thé špéllîñg öŕ tŕý pàŕt öf thé ñàmé.~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="74" />
        <source>%1 household(s) found</source>
        <translation>[%1 höüšéhöld(š) föüñd~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../../ui/screens/settings.py" line="81" />
        <source>This is how I sound.</source>
        <translation>[Thîš îš höw Î šöüñd.~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="87" />
        <source>Settings</source>
        <translation>[Šéttîñgš~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="91" />
        <source>Language</source>
        <translation>[Làñgüàgé~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="92" />
        <source>Text size</source>
        <translation>[Téxt šîzé~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="93" />
        <source>Colours</source>
        <translation>[Çölöüŕš~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="94" />
        <source>Normal</source>
        <translation>[Ñöŕmàl~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="95" />
        <source>High contrast</source>
        <translation>[Hîgh çöñtŕàšt~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="96" />
        <source>Voice</source>
        <translation>[Vöîçé~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="97" />
        <source>Read prompts and errors aloud automatically</source>
        <translation>[Ŕéàd pŕömptš àñd éŕŕöŕš àlöüd àütömàtîçàllý~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="98" />
        <source>Speaking &amp;rate</source>
        <translation>[Špéàkîñg &amp;ŕàté~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="99" />
        <source>Speaking rate</source>
        <translation>[Špéàkîñg ŕàté~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="100" />
        <source>&amp;Volume</source>
        <translation>[&amp;Völümé~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="101" />
        <source>Volume</source>
        <translation>[Völümé~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="102" />
        <source>Try the voice</source>
        <translation>[Tŕý thé vöîçé~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="103" />
        <source>&amp;Lock automatically after (minutes without use)</source>
        <translation>[&amp;Löçk àütömàtîçàllý àftéŕ (mîñütéš wîthöüt üšé)~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="104" />
        <source>Lock automatically after (minutes without use)</source>
        <translation>[Löçk àütömàtîçàllý àftéŕ (mîñütéš wîthöüt üšé)~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="38" />
        <source>Check my application</source>
        <translation>[Çhéçk mý àpplîçàtîöñ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="42" />
        <source>&amp;Tracking number (on your receipt)</source>
        <translation>[&amp;Tŕàçkîñg ñümbéŕ (öñ ýöüŕ ŕéçéîpt)~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="43" />
        <source>Tracking number</source>
        <translation>[Tŕàçkîñg ñümbéŕ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="44" />
        <source>Check</source>
        <translation>[Çhéçk~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="45" />
        <source>Use a picture of the receipt's QR code</source>
        <translation>[Üšé à pîçtüŕé öf thé ŕéçéîpt'š QŔ çödé~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="54" />
        <source>Picture of the receipt</source>
        <translation>[Pîçtüŕé öf thé ŕéçéîpt~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="74" />
        <source>This code is not a genuine Kiosk receipt.</source>
        <translation>[Thîš çödé îš ñöt à géñüîñé Kîöšk ŕéçéîpt.~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="75" />
        <source>No application with this number. Check the number on your receipt.</source>
        <translation>[Ñö àpplîçàtîöñ wîth thîš ñümbéŕ. Çhéçk thé ñümbéŕ öñ ýöüŕ ŕéçéîpt.~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="77" />
        <source>Need help? Call 1957.</source>
        <translation>[Ñééd hélp? Çàll 1957.~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="81" />
        <source>Please bring the missing documents to your district office or call 1957.</source>
        <translation>[Pléàšé bŕîñg thé mîššîñg döçüméñtš tö ýöüŕ dîštŕîçt öffîçé öŕ çàll 1957.~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="82" />
        <source>A letter with the decision will be sent to you.</source>
        <translation>[À léttéŕ wîth thé déçîšîöñ wîll bé šéñt tö ýöü.~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="83" />
        <source>The agency is reviewing it. You do not need to do anything.</source>
        <translation>[Thé àgéñçý îš ŕévîéwîñg ît. Ýöü dö ñöt ñééd tö dö àñýthîñg.~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="84" />
        <source>It will be sent to the agency soon.</source>
        <translation>[Ît wîll bé šéñt tö thé àgéñçý šööñ.~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../../ui/still_there.py" line="38" />
        <source>Are you still there?</source>
        <translation>[Àŕé ýöü štîll théŕé?~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/still_there.py" line="39" />
        <source>Yes, continue</source>
        <translation>[Ýéš, çöñtîñüé~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/still_there.py" line="51" />
        <source>To protect your privacy, this screen will be cleared in %1 seconds.</source>
        <translation>[Tö pŕötéçt ýöüŕ pŕîvàçý, thîš šçŕééñ wîll bé çléàŕéd îñ %1 šéçöñdš.~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../../ui/sync_controller.py" line="73" />
        <source>Sync finished: everything is sent and up to date.</source>
        <translation>[Šýñç fîñîšhéd: évéŕýthîñg îš šéñt àñd üp tö dàté.~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="75" />
        <source>Sync stopped before the end; it will retry.</source>
        <translation>[Šýñç štöppéd béföŕé thé éñd; ît wîll ŕétŕý.~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="82" />
        <source>The hub could not be reached.</source>
        <translation>[Thé hüb çöüld ñöt bé ŕéàçhéd.~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="92" />
        <source>Offline or the hub is unreachable: applications wait safely on this device.</source>
        <translation>[Öfflîñé öŕ thé hüb îš üñŕéàçhàblé: àpplîçàtîöñš wàît šàfélý öñ thîš dévîçé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="93" />
        <source>The officer must log in to the hub again (enrol this device again).</source>
        <translation>[Thé öffîçéŕ müšt lög îñ tö thé hüb àgàîñ (éñŕöl thîš dévîçé àgàîñ).~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="94" />
        <source>This app is too old for the hub: please update it.</source>
        <translation>[Thîš àpp îš töö öld föŕ thé hüb: pléàšé üpdàté ît.~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="95" />
        <source>The hub's security certificate is not trusted.</source>
        <translation>[Thé hüb'š šéçüŕîtý çéŕtîfîçàté îš ñöt tŕüštéd.~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="96" />
        <source>The hub refused this device.</source>
        <translation>[Thé hüb ŕéfüšéd thîš dévîçé.~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="97" />
        <source>Sync took too long and will continue later.</source>
        <translation>[Šýñç töök töö löñg àñd wîll çöñtîñüé làtéŕ.~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="98" />
        <source>The agency wiped this device.</source>
        <translation>[Thé àgéñçý wîpéd thîš dévîçé.~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="102" />
        <source>Syncing…</source>
        <translation>[Šýñçîñg…~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="102" />
        <source>Sync is running</source>
        <translation>[Šýñç îš ŕüññîñg~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="105" />
        <source>Sync</source>
        <translation>[Šýñç~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="107" />
        <source>No hub</source>
        <translation>[Ñö hüb~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="107" />
        <source>This device is not enrolled with an agency hub</source>
        <translation>[Thîš dévîçé îš ñöt éñŕölléd wîth àñ àgéñçý hüb~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="112" />
        <source>%1 to check</source>
        <translation>[%1 tö çhéçk~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="114" />
        <source>%1 waiting</source>
        <translation>[%1 wàîtîñg~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="116" />
        <source>Synced</source>
        <translation>[Šýñçéd~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="117" />
        <source>never</source>
        <translation>[ñévéŕ~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="118" />
        <source>Last complete sync: %1</source>
        <translation>[Làšt çömplété šýñç: %1~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="33" />
        <source>Sync with the agency</source>
        <translation>[Šýñç wîth thé àgéñçý~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="37" />
        <source>Sync now</source>
        <translation>[Šýñç ñöw~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="38" />
        <source>Needs attention</source>
        <translation>[Ñéédš àttéñtîöñ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="39" />
        <source>Sync progress</source>
        <translation>[Šýñç pŕögŕéšš~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="68" />
        <source>Syncing…</source>
        <translation>[Šýñçîñg…~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="80" />
        <source>This device is not connected to an agency hub yet. IT enrols it with a one-time code.</source>
        <translation>[Thîš dévîçé îš ñöt çöññéçtéd tö àñ àgéñçý hüb ýét. ÎT éñŕölš ît wîth à öñé-tîmé çödé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="84" />
        <source>never</source>
        <translation>[ñévéŕ~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="85" />
        <source>Last complete sync: %1</source>
        <translation>[Làšt çömplété šýñç: %1~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="86" />
        <source>Waiting to be sent: %1</source>
        <translation>[Wàîtîñg tö bé šéñt: %1~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="88" />
        <source>Needs attention: %1</source>
        <translation>[Ñéédš àttéñtîöñ: %1~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="91" />
        <source>Why: %1</source>
        <translation>[Whý: %1~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="94" />
        <source>Everything is sent</source>
        <translation>[Évéŕýthîñg îš šéñt~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="94" />
        <source>Something is waiting</source>
        <translation>[Šöméthîñg îš wàîtîñg~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="73" />
        <source>Delete last digit</source>
        <translation>[Délété làšt dîgît~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/answer_controls.py" line="73" />
        <source>Clear</source>
        <translation>[Çléàŕ~~]</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="34" />
        <source>Officer</source>
        <translation>[Öffîçéŕ~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="34" />
        <source>Volunteer</source>
        <translation>[Völüñtééŕ~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="35" />
        <source>Self-service kiosk (staff unlock)</source>
        <translation>[Šélf-šéŕvîçé kîöšk (štàff üñlöçk)~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="36" />
        <source>Mode: %1. Enter your PIN to open the households on this device.</source>
        <translation>[Mödé: %1. Éñtéŕ ýöüŕ PÎÑ tö öpéñ thé höüšéhöldš öñ thîš dévîçé.~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="37" />
        <source>&amp;PIN</source>
        <translation>[&amp;PÎÑ~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="38" />
        <source>PIN</source>
        <translation>[PÎÑ~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="39" />
        <source>Unlock</source>
        <translation>[Üñlöçk~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="42" />
        <source>Kiosk is locked</source>
        <translation>[Kîöšk îš löçkéd~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="49" />
        <source>Please enter your PIN.</source>
        <translation>[Pléàšé éñtéŕ ýöüŕ PÎÑ.~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="52" />
        <source>Opening the encrypted store…</source>
        <translation>[Öpéñîñg thé éñçŕýptéd štöŕé…~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="35" />
        <source>Welcome</source>
        <translation>[Wélçömé~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="38" />
        <source>Welcome. How can we help you today?</source>
        <translation>[Wélçömé. Höw çàñ wé hélp ýöü tödàý?~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="39" />
        <source>Touch a large button. Everything on this screen can be read aloud: touch “Read aloud” at the top.</source>
        <translation>[Töüçh à làŕgé büttöñ. Évéŕýthîñg öñ thîš šçŕééñ çàñ bé ŕéàd àlöüd: töüçh “Ŕéàd àlöüd” àt thé töp.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="40" />
        <source>Welfare helper</source>
        <translation>[Wélfàŕé hélpéŕ~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="41" />
        <source>Answer a few questions and see which services you may receive. Nothing is stored.</source>
        <translation>[Àñšwéŕ à féw qüéštîöñš àñd šéé whîçh šéŕvîçéš ýöü màý ŕéçéîvé. Ñöthîñg îš štöŕéd.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="42" />
        <source>Check my application</source>
        <translation>[Çhéçk mý àpplîçàtîöñ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="43" />
        <source>Type the tracking number from your receipt, or scan its QR code.</source>
        <translation>[Týpé thé tŕàçkîñg ñümbéŕ fŕöm ýöüŕ ŕéçéîpt, öŕ šçàñ îtš QŔ çödé.~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="48" />
        <source>Application</source>
        <translation>[Àpplîçàtîöñ~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="51" />
        <source>Previous</source>
        <translation>[Pŕévîöüš~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="52" />
        <source>Next</source>
        <translation>[Ñéxt~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="80" />
        <source>Question %1 of %2</source>
        <translation>[Qüéštîöñ %1 öf %2~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="82" />
        <source>optional</source>
        <translation>[öptîöñàl~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="97" />
        <source>Filled in from the household record: please confirm with the citizen.</source>
        <translation>[Fîlléd îñ fŕöm thé höüšéhöld ŕéçöŕd: pléàšé çöñfîŕm wîth thé çîtîzéñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="117" />
        <location filename="../../../ui/screens/wizard.py" line="118" />
        <source>Draft saved</source>
        <translation>[Dŕàft šàvéd~~~~]</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../../ui/words.py" line="12" />
        <source>Draft</source>
        <translation>[Dŕàft~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="14" />
        <source>Waiting to upload</source>
        <translation>[Wàîtîñg tö üplöàd~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="16" />
        <source>Under review by the agency</source>
        <translation>[Üñdéŕ ŕévîéw bý thé àgéñçý~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="16" />
        <source>Sent</source>
        <translation>[Šéñt~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="18" />
        <source>Documents needed</source>
        <translation>[Döçüméñtš ñéédéd~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="20" />
        <source>Approved</source>
        <translation>[Àppŕövéd~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="20" />
        <source>Not approved</source>
        <translation>[Ñöt àppŕövéd~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="22" />
        <source>Needs correction</source>
        <translation>[Ñéédš çöŕŕéçtîöñ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="24" />
        <source>Changed elsewhere: check</source>
        <translation>[Çhàñgéd élšéwhéŕé: çhéçk~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="29" />
        <source>head of household</source>
        <translation>[héàd öf höüšéhöld~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="29" />
        <source>spouse</source>
        <translation>[špöüšé~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="29" />
        <source>child</source>
        <translation>[çhîld~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="29" />
        <source>parent</source>
        <translation>[pàŕéñt~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="30" />
        <source>grandchild</source>
        <translation>[gŕàñdçhîld~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="30" />
        <source>grandparent</source>
        <translation>[gŕàñdpàŕéñt~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="30" />
        <source>sibling</source>
        <translation>[šîblîñg~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>parent-in-law</source>
        <translation>[pàŕéñt-îñ-làw~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>child-in-law</source>
        <translation>[çhîld-îñ-làw~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>lodger</source>
        <translation>[lödgéŕ~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>relative</source>
        <translation>[ŕélàtîvé~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="35" />
        <source>a month</source>
        <translation>[à möñth~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="35" />
        <source>a year</source>
        <translation>[à ýéàŕ~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="35" />
        <source>once</source>
        <translation>[öñçé~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="39" />
        <source>yearly review of the low-income status</source>
        <translation>[ýéàŕlý ŕévîéw öf thé löw-îñçömé štàtüš~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="40" />
        <source>citizen digital certificate expires</source>
        <translation>[çîtîzéñ dîgîtàl çéŕtîfîçàté éxpîŕéš~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="41" />
        <source>disability certificate to renew</source>
        <translation>[dîšàbîlîtý çéŕtîfîçàté tö ŕéñéw~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="42" />
        <source>old-format resident ID to replace</source>
        <translation>[öld-föŕmàt ŕéšîdéñt ÎD tö ŕéplàçé~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="43" />
        <source>turns 65: new services</source>
        <translation>[tüŕñš 65: ñéw šéŕvîçéš~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="43" />
        <source>reminder</source>
        <translation>[ŕémîñdéŕ~~~]</translation>
    </message>
</context>
</TS>