<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th">
<context>
    <name>Answer</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="135" />
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../../ui/answer_controls.py" line="135" />
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../ui/app.py" line="81" />
        <source>No voice for this language is installed; another voice reads instead.</source>
        <translation>ยังไม่ได้ติดตั้งเสียงสำหรับภาษานี้ จะใช้เสียงอื่นอ่านแทน</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="82" />
        <source>Speech is not available on this computer.</source>
        <translation>คอมพิวเตอร์เครื่องนี้อ่านออกเสียงไม่ได้</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../../ui/screens/applications.py" line="39" />
        <source>Applications</source>
        <translation>คำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="79" />
        <source>No application has been started on this device yet. Applications start from a household.</source>
        <translation>ยังไม่มีคำขอในเครื่องนี้ การยื่นคำขอเริ่มจากข้อมูลครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="80" />
        <source>Find a household</source>
        <translation>ค้นหาครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="83" />
        <source>%1 application(s)</source>
        <translation>คำขอ %1 รายการ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="89" />
        <source>Tracking number</source>
        <translation>หมายเลขติดตาม</translation>
    </message>
</context>
<context>
    <name>AttachmentsScreen</name>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="66" />
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="70" />
        <location filename="../../../ui/screens/attachments.py" line="151" />
        <source>Add a file</source>
        <translation>เพิ่มไฟล์</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="71" />
        <source>Add the newest scan</source>
        <translation>เพิ่มภาพสแกนล่าสุด</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="72" />
        <source>Next: review</source>
        <translation>ถัดไป: ตรวจทาน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="116" />
        <source>Documents this service asks for:</source>
        <translation>เอกสารที่บริการนี้ต้องการ:</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="117" />
        <source>This service needs no documents.</source>
        <translation>บริการนี้ไม่ต้องใช้เอกสาร</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="120" />
        <source>No document added yet. Scan the paper, or add a photo or PDF.</source>
        <translation>ยังไม่มีเอกสาร กรุณาสแกนเอกสาร หรือเพิ่มรูปถ่ายหรือไฟล์ PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="133" />
        <source>Preview of %1</source>
        <translation>ตัวอย่างของ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="137" />
        <source>Turn</source>
        <translation>หมุน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="138" />
        <source>Turn %1 a quarter</source>
        <translation>หมุน %1 หนึ่งในสี่รอบ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="139" />
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="140" />
        <source>Remove %1</source>
        <translation>ลบ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="152" />
        <source>Images and PDF</source>
        <translation>รูปภาพและ PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="169" />
        <source>No scan found in %1</source>
        <translation>ไม่พบภาพสแกนใน %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="172" />
        <source>Document added; the scan was removed from the scanner folder</source>
        <translation>เพิ่มเอกสารแล้ว และลบไฟล์สแกนออกจากโฟลเดอร์เครื่องสแกนแล้ว</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="183" />
        <source>Document added</source>
        <translation>เพิ่มเอกสารแล้ว</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="203" />
        <source>Document removed</source>
        <translation>ลบเอกสารแล้ว</translation>
    </message>
</context>
<context>
    <name>AttentionScreen</name>
    <message>
        <location filename="../../../ui/screens/attention.py" line="38" />
        <source>Needs attention</source>
        <translation>ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="83" />
        <source>Nothing needs attention: no application was refused and no household waits for a choice.</source>
        <translation>ไม่มีเรื่องที่ต้องดำเนินการ: ไม่มีคำขอที่ถูกปฏิเสธ และไม่มีครัวเรือนที่รอการเลือกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="84" />
        <source>Back to today's visits</source>
        <translation>กลับไปที่การเยี่ยมวันนี้</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="87" />
        <source>%1 item(s) to fix</source>
        <translation>ต้องแก้ไข %1 รายการ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="106" />
        <source>Fix and send again</source>
        <translation>แก้ไขและส่งอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="92" />
        <source>Household %1 was changed here and at the agency</source>
        <translation>ครัวเรือน %1 ถูกแก้ไขทั้งที่นี่และที่หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="93" />
        <source>Choose which value to keep</source>
        <translation>เลือกค่าที่จะเก็บไว้</translation>
    </message>
</context>
<context>
    <name>ConflictScreen</name>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="53" />
        <source>Choose which value to keep</source>
        <translation>เลือกค่าที่จะเก็บไว้</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="57" />
        <source>This household was changed on this device and at the agency. For each field, keep yours or the agency's.</source>
        <translation>ครัวเรือนนี้ถูกแก้ไขทั้งในเครื่องนี้และที่หน่วยงาน สำหรับแต่ละช่อง ให้เลือกเก็บค่าของคุณหรือของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="58" />
        <source>Keep these and send</source>
        <translation>เก็บค่าเหล่านี้และส่ง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="97" />
        <source>This household changed while you were choosing: what is shown now is the newest. Please check your choices again.</source>
        <translation>ครัวเรือนนี้มีการเปลี่ยนแปลงระหว่างที่คุณกำลังเลือก สิ่งที่แสดงอยู่ตอนนี้เป็นข้อมูลล่าสุด กรุณาตรวจสอบตัวเลือกของคุณอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="121" />
        <source>Nothing to choose: this household has no values that differ from the agency's.</source>
        <translation>ไม่ต้องเลือก: ข้อมูลของครัวเรือนนี้ไม่ต่างจากข้อมูลของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="122" />
        <source>Open the household</source>
        <translation>เปิดข้อมูลครัวเรือนนี้</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="132" />
        <source>Original</source>
        <translation>ค่าเดิม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="135" />
        <source>Mine (this device)</source>
        <translation>ของฉัน (เครื่องนี้)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="136" />
        <source>The agency's</source>
        <translation>ของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="153" />
        <source>Saved. It will be sent at the next sync.</source>
        <translation>บันทึกแล้ว จะส่งเมื่อซิงค์ครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../../ui/screens/consent.py" line="71" />
        <source>Privacy notice and consent</source>
        <translation>ประกาศความเป็นส่วนตัวและการให้ความยินยอม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="75" />
        <source>Read the notice aloud</source>
        <translation>อ่านประกาศออกเสียง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="76" />
        <source>How your personal data is used</source>
        <translation>การใช้ข้อมูลส่วนบุคคลของท่าน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="77" />
        <source>Who agrees, and how?</source>
        <translation>ใครให้ความยินยอม และด้วยวิธีใด</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="78" />
        <source>Signature</source>
        <translation>ลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="80" />
        <source>The citizen signs</source>
        <translation>ประชาชนลงนามเอง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="80" />
        <source>The citizen signs on the pad below.</source>
        <translation>ประชาชนลงนามด้วยตนเองในช่องลงนามด้านล่าง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="81" />
        <source>A family member signs</source>
        <translation>สมาชิกในครอบครัวลงนาม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="82" />
        <source>A family member signs for the citizen and says how they are related.</source>
        <translation>สมาชิกในครอบครัวลงนามแทนประชาชน และระบุความเกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="83" />
        <source>Fingerprint and two witnesses</source>
        <translation>พิมพ์ลายนิ้วมือและพยานสองคน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="84" />
        <source>The citizen gives a fingerprint on paper; two witnesses write their names here.</source>
        <translation>ประชาชนพิมพ์ลายนิ้วมือบนกระดาษ และพยานสองคนเขียนชื่อที่นี่</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="86" />
        <source>&amp;Name of the person agreeing</source>
        <translation>ชื่อผู้ให้ความยินยอม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="87" />
        <source>&amp;Relationship to the citizen</source>
        <translation>ความสัมพันธ์กับผู้ยื่นคำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="89" />
        <source>Witness %1: name</source>
        <translation>พยานคนที่ %1: ชื่อ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="93" />
        <source>Also agrees to the use of health data (needed for this service)</source>
        <translation>ยินยอมให้ใช้ข้อมูลสุขภาพด้วย (บริการนี้จำเป็นต้องใช้)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="94" />
        <source>Sign here with a finger, a pen or the mouse</source>
        <translation>ลงนามที่นี่ด้วยนิ้ว ปากกา หรือเมาส์</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="96" />
        <source>Signature pad. Undo removes the last stroke.</source>
        <translation>ช่องลงนาม ปุ่มเลิกทำจะลบเส้นสุดท้าย</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="97" />
        <source>Undo last stroke</source>
        <translation>เลิกทำเส้นสุดท้าย</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="98" />
        <source>Clear and sign again</source>
        <translation>ล้างและลงนามใหม่</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="99" />
        <source>I agree and sign</source>
        <translation>ข้าพเจ้ายินยอมและลงนาม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="100" />
        <source>Not now</source>
        <translation>ไว้ทีหลัง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="156" />
        <source>Please sign in the box first.</source>
        <translation>กรุณาลงนามในช่องก่อน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="159" />
        <source>Consent recorded</source>
        <translation>บันทึกความยินยอมแล้ว</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="102" />
        <source>Type the date with number keys</source>
        <translation>พิมพ์วันที่ด้วยปุ่มตัวเลข</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../../ui/date_picker.py" line="77" />
        <source>Choose the decade</source>
        <translation>กรุณาเลือกทศวรรษ</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="81" />
        <source>Choose the year</source>
        <translation>กรุณาเลือกปี</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="85" />
        <source>Choose the month</source>
        <translation>กรุณาเลือกเดือน</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="89" />
        <source>Choose the day</source>
        <translation>กรุณาเลือกวันที่</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="92" />
        <source>Back one step</source>
        <translation>ย้อนกลับหนึ่งขั้น</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="95" />
        <source>ROC %1</source>
        <translation>ปีสาธารณรัฐจีน %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../ui/errors.py" line="63" />
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>ดิสก์เต็ม ไม่มีข้อมูลสูญหาย กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="65" />
        <source>Kiosk may not write to its data folder. Ask IT to check the folder's permissions.</source>
        <translation>Kiosk ไม่มีสิทธิ์เขียนโฟลเดอร์ข้อมูล กรุณาให้ฝ่ายไอทีตรวจสอบสิทธิ์ของโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="68" />
        <source>The household store is busy or locked by another program. Close other Kiosk windows and try again.</source>
        <translation>ที่เก็บข้อมูลครัวเรือนไม่ว่างหรือถูกโปรแกรมอื่นล็อกไว้ กรุณาปิดหน้าต่าง Kiosk อื่นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="70" />
        <source>The agency hub cannot be reached. Your work is kept on this device and will be sent later.</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ของหน่วยงานไม่ได้ งานของคุณเก็บไว้ในเครื่องนี้และจะส่งภายหลัง</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="71" />
        <source>Something went wrong. Your saved work is safe. If it happens again, tell IT and mention the time.</source>
        <translation>เกิดข้อผิดพลาด งานที่บันทึกไว้ยังปลอดภัย หากเกิดขึ้นอีก กรุณาแจ้งฝ่ายไอทีพร้อมเวลาที่เกิด</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="95" />
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Region</source>
        <translation>เขต</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="12" />
        <source>Registered since</source>
        <translation>ลงทะเบียนตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="12" />
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="12" />
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="13" />
        <source>Date of birth</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="13" />
        <source>Relationship</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="14" />
        <source>Nationality</source>
        <translation>สัญชาติ</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="14" />
        <source>Indigenous</source>
        <translation>ชนพื้นเมือง</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="14" />
        <source>Lives here</source>
        <translation>อาศัยอยู่ที่นี่</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="15" />
        <source>Days in Taiwan last year</source>
        <translation>จำนวนวันในไต้หวันปีที่แล้ว</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="15" />
        <source>Monthly income</source>
        <translation>รายได้ต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="16" />
        <source>Savings and other movable assets</source>
        <translation>เงินออมและทรัพย์สินอื่น</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="16" />
        <source>Value of real estate</source>
        <translation>มูลค่าอสังหาริมทรัพย์</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="17" />
        <source>Employed</source>
        <translation>มีงานทำ</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="17" />
        <source>Able to work</source>
        <translation>ความสามารถในการทำงาน</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="17" />
        <source>Student</source>
        <translation>นักเรียน</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="18" />
        <source>Allowed to work in Taiwan</source>
        <translation>ทำงานในไต้หวันได้</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="18" />
        <source>Disability</source>
        <translation>ความพิการ</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="19" />
        <source>Long-term care level</source>
        <translation>ระดับการดูแลระยะยาว</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="19" />
        <source>Lives in an institution</source>
        <translation>อาศัยในสถานสงเคราะห์</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="20" />
        <source>Citizen digital certificate expiry</source>
        <translation>วันหมดอายุใบรับรองดิจิทัลพลเมือง</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="20" />
        <source>Old resident ID</source>
        <translation>เลขบัตรถิ่นที่อยู่เก่า</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="29" />
        <source>a household member</source>
        <translation>สมาชิกในครัวเรือนคนหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="29" />
        <source>a relative living elsewhere</source>
        <translation>ญาติที่อยู่ที่อื่นคนหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="38" />
        <source>%1 (the whole entry)</source>
        <translation>%1 (ทั้งรายการ)</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="46" />
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="46" />
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>HelperScreen</name>
    <message>
        <location filename="../../../ui/screens/helper.py" line="63" />
        <source>How old are you?</source>
        <translation>ท่านอายุเท่าไร</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="63" />
        <source>Under 55</source>
        <translation>ต่ำกว่า 55 ปี</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="63" />
        <source>55 to 64</source>
        <translation>55 ถึง 64 ปี</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="64" />
        <source>65 to 84</source>
        <translation>65 ถึง 84 ปี</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="64" />
        <source>85 or older</source>
        <translation>85 ปีขึ้นไป</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="65" />
        <source>Do you live alone?</source>
        <translation>ท่านอยู่คนเดียวหรือไม่</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="65" />
        <location filename="../../../ui/screens/helper.py" line="70" />
        <location filename="../../../ui/screens/helper.py" line="71" />
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="65" />
        <location filename="../../../ui/screens/helper.py" line="67" />
        <location filename="../../../ui/screens/helper.py" line="70" />
        <location filename="../../../ui/screens/helper.py" line="71" />
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="66" />
        <source>Do you have a disability certificate?</source>
        <translation>ท่านมีใบรับรองความพิการหรือไม่</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="67" />
        <source>Yes, mild</source>
        <translation>มี ระดับเล็กน้อย</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="67" />
        <source>Yes, moderate</source>
        <translation>มี ระดับปานกลาง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="68" />
        <source>Yes, severe or very severe</source>
        <translation>มี ระดับรุนแรงหรือรุนแรงมาก</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="69" />
        <source>Is your household's monthly income per person below NT$20,000?</source>
        <translation>รายได้ต่อเดือนเฉลี่ยต่อคนในครัวเรือนต่ำกว่า NT$20,000 หรือไม่</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="70" />
        <source>I don't know</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="71" />
        <source>Did you come to Taiwan through marriage?</source>
        <translation>ท่านมาไต้หวันเพราะการสมรสใช่หรือไม่</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="75" />
        <source>Welfare helper</source>
        <translation>ผู้ช่วยด้านสวัสดิการ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="79" />
        <source>Previous question</source>
        <translation>คำถามก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="110" />
        <source>Question %1 of %2</source>
        <translation>คำถามที่ %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="121" />
        <source>Your answers are not stored. Only an officer can confirm eligibility.</source>
        <translation>คำตอบของท่านจะไม่ถูกบันทึก เฉพาะเจ้าหน้าที่เท่านั้นที่ยืนยันสิทธิ์ได้</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="122" />
        <source>Services you may receive</source>
        <translation>บริการที่ท่านอาจได้รับ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="130" />
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="134" />
        <location filename="../../../ui/screens/helper.py" line="179" />
        <source>We found no service from your answers. An officer can still check with you: call 1957.</source>
        <translation>ไม่พบบริการจากคำตอบของท่าน เจ้าหน้าที่ยังตรวจสอบร่วมกับท่านได้ โทร 1957</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="80" />
        <source>What to do next</source>
        <translation>ขั้นตอนต่อไป</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="81" />
        <source>Print a summary to take with you</source>
        <translation>พิมพ์สรุปผลเพื่อนำกลับไป</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="82" />
        <source>Show the summary to an officer at your district office, or call 1957 (free of charge): they can check with you and help you apply.</source>
        <translation>กรุณานำสรุปผลนี้ไปแสดงต่อเจ้าหน้าที่ที่สำนักงานเขต หรือโทร 1957 (ไม่เสียค่าใช้จ่าย) เจ้าหน้าที่จะตรวจสอบร่วมกับท่านและช่วยยื่นคำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="83" />
        <source>Start over</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="141" />
        <location filename="../../../ui/screens/helper.py" line="177" />
        <source>Phone: %1</source>
        <translation>โทรศัพท์: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="192" />
        <source>No printer is connected. Please write down the services, or ask an officer.</source>
        <translation>ไม่มีเครื่องพิมพ์เชื่อมต่ออยู่ กรุณาจดชื่อบริการไว้ หรือขอให้เจ้าหน้าที่ช่วย</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="198" />
        <source>Printed. Please take the paper with you.</source>
        <translation>พิมพ์เรียบร้อยแล้ว กรุณานำกระดาษติดตัวไปด้วย</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../../ui/screens/home.py" line="58" />
        <source>Today's visits</source>
        <translation>การเยี่ยมวันนี้</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="62" />
        <location filename="../../../ui/screens/home.py" line="130" />
        <source>Find a household</source>
        <translation>ค้นหาครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="63" />
        <source>Applications</source>
        <translation>คำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="64" />
        <source>Needs attention</source>
        <translation>ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="65" />
        <source>Who to visit first, and why</source>
        <translation>ควรเยี่ยมใครก่อน และเพราะอะไร</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="95" />
        <source>Checking every household against the service rules…</source>
        <translation>กำลังตรวจทุกครัวเรือนตามเกณฑ์ของบริการ…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="114" />
        <source>Visit plan ready: %1 household(s)</source>
        <translation>แผนการเยี่ยมพร้อมแล้ว: %1 ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="129" />
        <source>No household needs a visit now: the service rules found nothing unclaimed.</source>
        <translation>ขณะนี้ไม่มีครัวเรือนที่ต้องไปเยี่ยม: ตามเกณฑ์บริการ ไม่พบสวัสดิการที่ยังไม่ได้รับ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="135" />
        <source>%1 household(s) to visit</source>
        <translation>ครัวเรือนที่ต้องเยี่ยม %1 ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="145" />
        <source>%1 a month unclaimed</source>
        <translation>%1 ต่อเดือนที่ยังไม่ได้ขอรับ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="136" />
        <location filename="../../../ui/screens/home.py" line="162" />
        <source>Open the household</source>
        <translation>เปิดข้อมูลครัวเรือนนี้</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../../ui/screens/household.py" line="65" />
        <location filename="../../../ui/screens/household.py" line="134" />
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="68" />
        <source>People in the household</source>
        <translation>สมาชิกในครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="69" />
        <source>Services</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="70" />
        <source>Reminders</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="71" />
        <source>Applications</source>
        <translation>คำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="72" />
        <source>Resolve changed fields</source>
        <translation>จัดการช่องที่ถูกแก้ไข</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="136" />
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="141" />
        <source>Changed here and at the agency: please check</source>
        <translation>ถูกแก้ไขทั้งที่นี่และที่หน่วยงาน: กรุณาตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="142" />
        <source>Up to date on this device</source>
        <translation>ข้อมูลในเครื่องนี้เป็นปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="146" />
        <source>%1 years old</source>
        <translation>อายุ %1 ปี</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="157" />
        <source>Checking which services apply…</source>
        <translation>กำลังตรวจสอบบริการที่เข้าเกณฑ์…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="164" />
        <source>No service found for this household today.</source>
        <translation>วันนี้ไม่พบบริการสำหรับครัวเรือนนี้</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="178" />
        <source>whole household</source>
        <translation>ทั้งครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="179" />
        <source>Receiving</source>
        <translation>กำลังได้รับ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="184" />
        <source>Start an application</source>
        <translation>เริ่มยื่นคำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="191" />
        <source>No applications yet.</source>
        <translation>ยังไม่มีคำขอ</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../../ui/keypad.py" line="45" />
        <source>Delete last character</source>
        <translation>ลบตัวอักษรตัวสุดท้าย</translation>
    </message>
    <message>
        <location filename="../../../ui/keypad.py" line="46" />
        <source>Clear</source>
        <translation>ล้างทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../../ui/keypad.py" line="48" />
        <source>Slash</source>
        <translation>เครื่องหมายทับ</translation>
    </message>
</context>
<context>
    <name>ListState</name>
    <message>
        <location filename="../../../ui/list_state.py" line="55" />
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/shell.py" line="91" />
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="91" />
        <source>Go to the previous screen (Alt+Left)</source>
        <translation>ไปหน้าจอก่อนหน้า (Alt+ปุ่มลูกศรซ้าย)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="92" />
        <source>Home</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="93" />
        <source>Read aloud</source>
        <translation>อ่านออกเสียง</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="93" />
        <source>Read this screen aloud (F1)</source>
        <translation>อ่านหน้าจอนี้ออกเสียง (F1)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="94" />
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="94" />
        <source>Language, text size, colours and voice</source>
        <translation>ภาษา ขนาดตัวอักษร สี และเสียง</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="95" />
        <source>End session</source>
        <translation>จบการใช้งาน</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="95" />
        <source>Lock</source>
        <translation>ล็อก</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="96" />
        <location filename="../../../ui/shell.py" line="97" />
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="99" />
        <source>Kiosk: e-services delivered home</source>
        <translation>Kiosk: บริการอิเล็กทรอนิกส์ถึงบ้าน</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../../ui/page_header.py" line="50" />
        <source>Step %1 of %2: %3</source>
        <translation>ขั้นตอนที่ %1 จาก %2: %3</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Questions</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Review</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Receipt</source>
        <translation>ใบรับ</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="59" />
        <source>E-services delivered home</source>
        <translation>บริการอิเล็กทรอนิกส์ถึงบ้าน</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="109" />
        <source>Receipt</source>
        <translation>ใบรับ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="113" />
        <source>Print (A4)</source>
        <translation>พิมพ์ (A4)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="114" />
        <source>Print (80 mm)</source>
        <translation>พิมพ์ (80 มม.)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="115" />
        <location filename="../../../ui/screens/receipt.py" line="187" />
        <source>Save as PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="116" />
        <source>News and reminders by text message or e-mail…</source>
        <translation>รับข่าวสารและการเตือนทาง SMS หรืออีเมล…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="155" />
        <source>Receipt preview, tracking number %1</source>
        <translation>ตัวอย่างใบรับ หมายเลขติดตาม %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="183" />
        <source>Sent to the printer</source>
        <translation>ส่งไปยังเครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="196" />
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../../ui/screens/review.py" line="53" />
        <source>Check before sending</source>
        <translation>ตรวจสอบก่อนส่ง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="61" />
        <source>Submit the application</source>
        <translation>ยื่นคำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="83" />
        <source>You are applying for: %1</source>
        <translation>ท่านกำลังยื่นขอ: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="58" />
        <source>About the applicant</source>
        <translation>ข้อมูลผู้ยื่นคำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="58" />
        <source>Answers</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="59" />
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="59" />
        <location filename="../../../ui/screens/review.py" line="109" />
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="60" />
        <source>Change</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="87" />
        <source>Applicant</source>
        <translation>ผู้ยื่นคำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="91" />
        <source>Not answered yet</source>
        <translation>ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="104" />
        <source>Documents attached</source>
        <translation>เอกสารที่แนบแล้ว</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="105" />
        <source>%1 file(s)</source>
        <translation>%1 ไฟล์</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="106" />
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="108" />
        <source>Consent given by</source>
        <translation>ผู้ให้ความยินยอม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="109" />
        <source>No consent yet</source>
        <translation>ยังไม่ได้ให้ความยินยอม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="111" />
        <source>consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="114" />
        <source>Still needed before sending:</source>
        <translation>ยังต้องมีก่อนส่ง:</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="130" />
        <source>Application submitted. It will be sent at the next sync.</source>
        <translation>ยื่นคำขอแล้ว จะส่งเมื่อซิงค์ครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../../ui/screens/search.py" line="44" />
        <source>Find a household</source>
        <translation>ค้นหาครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="48" />
        <source>&amp;Name, ID number or its last 4 digits, phone, address or household number</source>
        <translation>ชื่อ เลขประจำตัวหรือ 4 หลักท้าย โทรศัพท์ ที่อยู่ หรือเลขครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="49" />
        <source>Search households</source>
        <translation>ค้นหาครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="50" />
        <source>for example 秀英 or 0912</source>
        <translation>เช่น 秀英 หรือ 0912</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="103" />
        <source>No household matches. Check the spelling or try part of the name.</source>
        <translation>ไม่พบครัวเรือนที่ตรงกัน ตรวจสอบการสะกดหรือลองพิมพ์บางส่วนของชื่อ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="104" />
        <source>Clear the search</source>
        <translation>ล้างคำค้นหา</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="106" />
        <source>%1 household(s) found</source>
        <translation>พบ %1 ครัวเรือน</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../../../ui/service_card.py" line="76" />
        <location filename="../../../ui/service_card.py" line="83" />
        <location filename="../../../ui/service_card.py" line="84" />
        <source>Why?</source>
        <translation>ทำไม?</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../../ui/screens/settings.py" line="101" />
        <location filename="../../../ui/screens/settings.py" line="235" />
        <source>This is how I sound.</source>
        <translation>นี่คือเสียงของฉัน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="107" />
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="111" />
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="112" />
        <source>Text size</source>
        <translation>ขนาดตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="113" />
        <source>Colours</source>
        <translation>สี</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="115" />
        <source>Automatic lock</source>
        <translation>ล็อกอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="121" />
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="122" />
        <source>High contrast</source>
        <translation>คอนทราสต์สูง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="114" />
        <source>Voice</source>
        <translation>เสียง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="116" />
        <source>Household data</source>
        <translation>ข้อมูลครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="117" />
        <source>Import households from a file…</source>
        <translation>นำเข้าครัวเรือนจากไฟล์…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="118" />
        <source>A JSON or CSV file of households, for example from the district office</source>
        <translation>ไฟล์ JSON หรือ CSV ของครัวเรือน เช่น จากสำนักงานทะเบียนราษฎร์</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="119" />
        <source>Save today's receipts as PDF…</source>
        <translation>บันทึกใบรับของวันนี้เป็น PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="120" />
        <source>One PDF file for each application submitted today, in a folder you choose</source>
        <translation>ไฟล์ PDF หนึ่งไฟล์สำหรับแต่ละคำขอที่ยื่นวันนี้ ในโฟลเดอร์ที่คุณเลือก</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="123" />
        <source>Read prompts and errors aloud automatically</source>
        <translation>อ่านคำแนะนำและข้อผิดพลาดออกเสียงโดยอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="128" />
        <source>Speaking &amp;rate</source>
        <translation>ความเร็วในการพูด</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="129" />
        <source>Speaking rate</source>
        <translation>ความเร็วในการพูด</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="130" />
        <source>&amp;Volume</source>
        <translation>ระดับเสียง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="131" />
        <source>Volume</source>
        <translation>ระดับเสียง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="132" />
        <source>Try the voice</source>
        <translation>ลองฟังเสียง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="133" />
        <source>&amp;Lock automatically after (minutes without use)</source>
        <translation>ล็อกอัตโนมัติหลังจาก (นาทีที่ไม่ได้ใช้งาน)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="134" />
        <source>Lock automatically after (minutes without use)</source>
        <translation>ล็อกอัตโนมัติหลังจาก (นาทีที่ไม่ได้ใช้งาน)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="141" />
        <source>Import households from a file</source>
        <translation>นำเข้าครัวเรือนจากไฟล์</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="142" />
        <source>Household files (*.json *.csv)</source>
        <translation>ไฟล์ครัวเรือน (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="153" />
        <source>Save today's receipts as PDF</source>
        <translation>บันทึกใบรับของวันนี้เป็น PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="165" />
        <source>No application was submitted today: there is no receipt to save.</source>
        <translation>วันนี้ยังไม่มีการยื่นคำขอ จึงไม่มีใบรับให้บันทึก</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="170" />
        <source>An import or a batch of documents is still running. Please wait until it ends.</source>
        <translation>การนำเข้าหรือการบันทึกเอกสารชุดใหญ่ยังทำงานอยู่ กรุณารอจนกว่าจะเสร็จ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="206" />
        <source>reads aloud by itself</source>
        <translation>อ่านออกเสียงอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="206" />
        <source>reads aloud when asked</source>
        <translation>อ่านออกเสียงเมื่อขอเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="207" />
        <source>Now: %1</source>
        <translation>ขณะนี้: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="124" />
        <location filename="../../../ui/screens/settings.py" line="125" />
        <location filename="../../../ui/screens/settings.py" line="126" />
        <source>Vietnamese voice</source>
        <translation>เสียงอ่านภาษาเวียดนาม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="125" />
        <source>Northern</source>
        <translation>สำเนียงภาคเหนือ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="126" />
        <source>Southern</source>
        <translation>สำเนียงภาคใต้</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="59" />
        <source>Check my application</source>
        <translation>ตรวจสอบคำขอของฉัน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="67" />
        <source>&amp;Tracking number (on your receipt)</source>
        <translation>หมายเลขติดตาม (บนใบรับ)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="68" />
        <source>Tracking number</source>
        <translation>หมายเลขติดตาม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="69" />
        <source>Check</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="70" />
        <source>Scan the receipt's QR code</source>
        <translation>สแกนคิวอาร์โค้ดบนใบรับ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="71" />
        <source>Tell me when there is news (text message or e-mail)…</source>
        <translation>แจ้งฉันเมื่อมีข่าวใหม่ (SMS หรืออีเมล)…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="106" />
        <source>Put your receipt on the scanner with the QR code facing the glass and press the scanner's button. Then press this button again.</source>
        <translation>วางใบรับบนเครื่องสแกนโดยให้ด้านที่มีคิวอาร์โค้ดคว่ำลงบนกระจก แล้วกดปุ่มของเครื่องสแกน จากนั้นกดปุ่มนี้อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="129" />
        <source>This code is not a genuine Kiosk receipt.</source>
        <translation>รหัสนี้ไม่ใช่ใบรับ Kiosk ของจริง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="85" />
        <location filename="../../../ui/screens/status_check.py" line="130" />
        <source>No application with this number. Check the number on your receipt.</source>
        <translation>ไม่มีคำขอที่ใช้เลขนี้ กรุณาตรวจสอบเลขบนใบรับ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="64" />
        <location filename="../../../ui/screens/status_check.py" line="83" />
        <location filename="../../../ui/screens/status_check.py" line="132" />
        <source>Need help? Call 1957.</source>
        <translation>ต้องการความช่วยเหลือ โทร 1957</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="136" />
        <source>Please bring the missing documents to your district office or call 1957.</source>
        <translation>กรุณานำเอกสารที่ขาดไปที่สำนักงานเขตหรือโทร 1957</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="137" />
        <source>A letter with the decision will be sent to you.</source>
        <translation>จะมีจดหมายแจ้งผลส่งถึงท่าน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="138" />
        <source>The agency is reviewing it. You do not need to do anything.</source>
        <translation>หน่วยงานกำลังพิจารณา ท่านไม่ต้องทำอะไรเพิ่ม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="139" />
        <source>It will be sent to the agency soon.</source>
        <translation>จะส่งถึงหน่วยงานในไม่ช้า</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../../ui/still_there.py" line="38" />
        <source>Are you still there?</source>
        <translation>ท่านยังอยู่หรือไม่</translation>
    </message>
    <message>
        <location filename="../../../ui/still_there.py" line="39" />
        <source>Yes, continue</source>
        <translation>อยู่ ดำเนินการต่อ</translation>
    </message>
    <message>
        <location filename="../../../ui/still_there.py" line="51" />
        <source>To protect your privacy, this screen will be cleared in %1 seconds.</source>
        <translation>เพื่อปกป้องความเป็นส่วนตัว หน้าจอนี้จะถูกล้างใน %1 วินาที</translation>
    </message>
</context>
<context>
    <name>SubscribeScreen</name>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="100" />
        <source>News and reminders</source>
        <translation>ข่าวสารและการเตือน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="104" />
        <source>If you wish, we tell you when there is news about your application and remind you of your household's due dates. Messages say only that there is news and how to check it. You can stop them at any time.</source>
        <translation>หากท่านต้องการ เราจะแจ้งเมื่อคำขอของท่านมีความคืบหน้า และเตือนกำหนดการที่ครัวเรือนของท่านต้องดำเนินการ ข้อความจะบอกเพียงว่ามีข่าวใหม่และวิธีตรวจสอบ ท่านยกเลิกได้ทุกเมื่อ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="107" />
        <source>Read the notice aloud</source>
        <translation>อ่านประกาศออกเสียง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="109" />
        <source>What would you like to receive?</source>
        <translation>ท่านต้องการรับข่าวสารเรื่องใด</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="110" />
        <source>News about my applications</source>
        <translation>ความคืบหน้าของคำขอของฉัน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="111" />
        <source>Reminders of my household's due dates</source>
        <translation>การเตือนกำหนดการของครัวเรือนของฉัน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="112" />
        <source>How should we tell you? Fill in one or more.</source>
        <translation>ต้องการให้แจ้งทางใด กรอกได้หนึ่งช่องทางหรือมากกว่า</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="113" />
        <source>&amp;Mobile number for text messages (starts with 09)</source>
        <translation>หมายเลขมือถือสำหรับรับ SMS (ขึ้นต้นด้วย 09)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="114" />
        <source>Mobile number for text messages</source>
        <translation>หมายเลขมือถือสำหรับรับ SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="115" />
        <source>&amp;E-mail address</source>
        <translation>ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="116" />
        <source>E-mail address</source>
        <translation>ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="117" />
        <source>Add to my calendar</source>
        <translation>เพิ่มลงในปฏิทินของฉัน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="118" />
        <source>Who agrees?</source>
        <translation>ใครเป็นผู้ให้ความยินยอม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="119" />
        <source>I am the citizen</source>
        <translation>ฉันเป็นเจ้าของเรื่องเอง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="120" />
        <source>A family member, for the citizen</source>
        <translation>สมาชิกในครอบครัวสมัครแทน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="121" />
        <source>&amp;Relationship to the citizen</source>
        <translation>ความสัมพันธ์กับผู้ยื่นคำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="122" />
        <source>Relationship to the citizen</source>
        <translation>ความสัมพันธ์กับผู้ยื่นคำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="123" />
        <source>Agree and subscribe</source>
        <translation>ยินยอมและสมัคร</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="124" />
        <source>Not now</source>
        <translation>ไว้ทีหลัง</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="199" />
        <source>Subscribed. You can stop the messages at any time.</source>
        <translation>สมัครเรียบร้อยแล้ว ท่านยกเลิกการรับข้อความได้ทุกเมื่อ</translation>
    </message>
</context>
<context>
    <name>SubscriptionList</name>
    <message>
        <location filename="../../../ui/subscription_list.py" line="54" />
        <source>News and reminders</source>
        <translation>ข่าวสารและการเตือน</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="55" />
        <source>Subscribe to news and reminders…</source>
        <translation>สมัครรับข่าวสารและการเตือน…</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="74" />
        <source>Text message</source>
        <translation>ข้อความ SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="74" />
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="74" />
        <source>Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="99" />
        <source>No one has subscribed yet. The citizen or a family member can get news of applications and reminders.</source>
        <translation>ยังไม่มีผู้สมัครรับข่าวสาร ท่านหรือสมาชิกในครอบครัวสามารถรับข่าวคำขอและการแจ้งเตือนได้</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="103" />
        <source>application news</source>
        <translation>ความคืบหน้าของคำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="103" />
        <source>reminders</source>
        <translation>การเตือน</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="104" />
        <source>a family member (%1)</source>
        <translation>สมาชิกในครอบครัว (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="105" />
        <source>the citizen</source>
        <translation>เจ้าของเรื่อง</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="106" />
        <source>since %1</source>
        <translation>ตั้งแต่ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="112" />
        <source>Calendar link: %1</source>
        <translation>ลิงก์ปฏิทิน: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="114" />
        <source>Stop these messages</source>
        <translation>หยุดรับข้อความเหล่านี้</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="115" />
        <source>Withdraws the consent at once: %1</source>
        <translation>ถอนความยินยอมทันที: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="122" />
        <source>Stopped: no more messages will be sent.</source>
        <translation>หยุดแล้ว: จะไม่มีการส่งข้อความอีก</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../../ui/sync_controller.py" line="89" />
        <source>Sync finished: everything is sent and up to date.</source>
        <translation>ซิงค์เสร็จแล้ว: ส่งครบและเป็นปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="91" />
        <source>Sync stopped before the end; it will retry.</source>
        <translation>ซิงค์หยุดก่อนเสร็จ จะลองใหม่</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="99" />
        <source>The hub could not be reached.</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="110" />
        <source>Offline or the hub is unreachable: applications wait safely on this device.</source>
        <translation>ออฟไลน์หรือเชื่อมต่อเซิร์ฟเวอร์ไม่ได้: คำขอรออยู่อย่างปลอดภัยในเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="111" />
        <source>The officer must log in to the hub again (enrol this device again).</source>
        <translation>เจ้าหน้าที่ต้องเข้าสู่ระบบเซิร์ฟเวอร์อีกครั้ง (ลงทะเบียนเครื่องนี้ใหม่)</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="112" />
        <source>This app is too old for the hub: please update it.</source>
        <translation>แอปนี้เก่าเกินไปสำหรับเซิร์ฟเวอร์ กรุณาอัปเดต</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="113" />
        <source>The hub's security certificate is not trusted.</source>
        <translation>ใบรับรองความปลอดภัยของเซิร์ฟเวอร์ไม่น่าเชื่อถือ</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="114" />
        <source>The hub refused this device.</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="115" />
        <source>Sync took too long and will continue later.</source>
        <translation>ซิงค์ใช้เวลานานเกินไป จะทำต่อภายหลัง</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="116" />
        <source>The agency wiped this device.</source>
        <translation>หน่วยงานล้างข้อมูลในเครื่องนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="150" />
        <source>Syncing…</source>
        <translation>กำลังซิงค์…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="150" />
        <source>Sync is running</source>
        <translation>กำลังซิงค์</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="153" />
        <source>Sync</source>
        <translation>ซิงค์</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="155" />
        <source>No hub</source>
        <translation>ไม่มีเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="155" />
        <source>This device is not enrolled with an agency hub</source>
        <translation>เครื่องนี้ยังไม่ได้ลงทะเบียนกับเซิร์ฟเวอร์ของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="160" />
        <source>%1 to check</source>
        <translation>ต้องตรวจสอบ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="162" />
        <source>%1 waiting</source>
        <translation>รอ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="164" />
        <source>Synced</source>
        <translation>ซิงค์แล้ว</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="165" />
        <source>never</source>
        <translation>ยังไม่เคย</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="166" />
        <source>Last complete sync: %1</source>
        <translation>ซิงค์ครบครั้งล่าสุด: %1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="41" />
        <source>Sync with the agency</source>
        <translation>ซิงค์กับหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="45" />
        <source>Sync now</source>
        <translation>ซิงค์ตอนนี้</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="46" />
        <source>Needs attention</source>
        <translation>ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="47" />
        <source>Sync progress</source>
        <translation>ความคืบหน้าการซิงค์</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="86" />
        <source>Syncing…</source>
        <translation>กำลังซิงค์…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="104" />
        <source>This device is not connected to an agency hub yet. IT enrols it with a one-time code.</source>
        <translation>เครื่องนี้ยังไม่ได้เชื่อมต่อกับเซิร์ฟเวอร์ของหน่วยงาน ฝ่ายไอทีจะลงทะเบียนด้วยรหัสใช้ครั้งเดียว</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="108" />
        <source>never</source>
        <translation>ยังไม่เคย</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="109" />
        <source>Last complete sync: %1</source>
        <translation>ซิงค์ครบครั้งล่าสุด: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="110" />
        <source>Waiting to be sent: %1</source>
        <translation>รอส่ง: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="112" />
        <source>Needs attention: %1</source>
        <translation>ต้องดำเนินการ: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="118" />
        <source>Why: %1</source>
        <translation>เหตุผล: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="121" />
        <source>Everything is sent</source>
        <translation>ส่งครบแล้ว</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="121" />
        <source>Something is waiting</source>
        <translation>มีรายการรออยู่</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="42" />
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="42" />
        <source>Volunteer</source>
        <translation>อาสาสมัคร</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="43" />
        <source>Self-service kiosk (staff unlock)</source>
        <translation>ตู้บริการตนเอง (เจ้าหน้าที่ปลดล็อก)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="44" />
        <source>Mode: %1. Enter your PIN to open the households on this device.</source>
        <translation>โหมด: %1 ใส่รหัส PIN เพื่อเปิดข้อมูลครัวเรือนในเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="45" />
        <source>&amp;PIN</source>
        <translation>รหัส PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="46" />
        <source>PIN</source>
        <translation>รหัส PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="47" />
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="50" />
        <source>Kiosk is locked</source>
        <translation>Kiosk ถูกล็อกอยู่</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="62" />
        <source>Please enter your PIN.</source>
        <translation>กรุณาใส่รหัส PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="66" />
        <source>Opening the encrypted store…</source>
        <translation>กำลังเปิดที่เก็บข้อมูลที่เข้ารหัส…</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="52" />
        <source>Welcome</source>
        <translation>ยินดีต้อนรับ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="57" />
        <source>Welcome. How can we help you today?</source>
        <translation>ยินดีต้อนรับ วันนี้ให้เราช่วยอะไรดี</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="58" />
        <source>Touch a large button. Everything on this screen can be read aloud: touch “Read aloud” at the top.</source>
        <translation>แตะปุ่มใหญ่ ทุกอย่างบนหน้าจอนี้อ่านออกเสียงได้: แตะ “อ่านออกเสียง” ที่ด้านบน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="59" />
        <source>Choose your language</source>
        <translation>กรุณาเลือกภาษา</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="60" />
        <source>What would you like to do?</source>
        <translation>ท่านต้องการทำอะไร</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="61" />
        <source>Welfare helper</source>
        <translation>ผู้ช่วยด้านสวัสดิการ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="62" />
        <source>Answer a few questions and see which services you may receive. Nothing is stored.</source>
        <translation>ตอบคำถามสองสามข้อเพื่อดูว่าท่านอาจได้รับบริการใด ไม่มีการบันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="63" />
        <source>Check my application</source>
        <translation>ตรวจสอบคำขอของฉัน</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="64" />
        <source>Type the tracking number from your receipt, or scan its QR code.</source>
        <translation>พิมพ์หมายเลขติดตามจากใบรับ หรือสแกนคิวอาร์โค้ด</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="55" />
        <source>Application</source>
        <translation>คำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="59" />
        <source>Previous</source>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="60" />
        <location filename="../../../ui/screens/wizard.py" line="130" />
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="106" />
        <source>Question %1 of %2</source>
        <translation>คำถามที่ %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="108" />
        <source>optional</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="124" />
        <source>Filled in from the household record: please confirm with the citizen.</source>
        <translation>กรอกจากข้อมูลครัวเรือน: กรุณายืนยันกับผู้ยื่นคำขอ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="130" />
        <source>Next: consent</source>
        <translation>ถัดไป: ความยินยอม</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="151" />
        <location filename="../../../ui/screens/wizard.py" line="152" />
        <source>Draft saved</source>
        <translation>บันทึกฉบับร่างแล้ว</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../../ui/words.py" line="14" />
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="16" />
        <source>Waiting to upload</source>
        <translation>รออัปโหลด</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="18" />
        <source>Under review by the agency</source>
        <translation>หน่วยงานกำลังพิจารณา</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="18" />
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="20" />
        <source>Documents needed</source>
        <translation>ต้องใช้เอกสารเพิ่ม</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="22" />
        <source>Approved</source>
        <translation>อนุมัติ</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="22" />
        <source>Not approved</source>
        <translation>ไม่อนุมัติ</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="24" />
        <source>Needs correction</source>
        <translation>ต้องแก้ไข</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="26" />
        <source>Changed elsewhere: check</source>
        <translation>ถูกแก้ไขที่อื่น: ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>spouse</source>
        <translation>คู่สมรส</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>child</source>
        <translation>บุตร</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>parent</source>
        <translation>บิดามารดา</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="32" />
        <source>grandchild</source>
        <translation>หลาน</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="32" />
        <source>grandparent</source>
        <translation>ปู่ย่าตายาย</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="32" />
        <source>sibling</source>
        <translation>พี่น้อง</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>parent-in-law</source>
        <translation>พ่อตาแม่ยายหรือพ่อผัวแม่ผัว</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>child-in-law</source>
        <translation>ลูกเขยหรือลูกสะใภ้</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>lodger</source>
        <translation>ผู้อาศัย</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>relative</source>
        <translation>ญาติ</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="37" />
        <source>a month</source>
        <translation>ต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="37" />
        <source>a year</source>
        <translation>ต่อปี</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="37" />
        <source>once</source>
        <translation>ครั้งเดียว</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="41" />
        <source>yearly review of the low-income status</source>
        <translation>ทบทวนสถานะครัวเรือนรายได้น้อยประจำปี</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="42" />
        <source>citizen digital certificate expires</source>
        <translation>ใบรับรองดิจิทัลพลเมืองหมดอายุ</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="43" />
        <source>disability certificate to renew</source>
        <translation>ใบรับรองความพิการต้องประเมินใหม่</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="44" />
        <source>old-format resident ID to replace</source>
        <translation>บัตรถิ่นที่อยู่แบบเก่าต้องเปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="45" />
        <source>turns 65: new services</source>
        <translation>อายุครบ 65 ปี: มีบริการใหม่</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="45" />
        <source>reminder</source>
        <translation>การแจ้งเตือน</translation>
    </message>
</context>
</TS>