<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th">
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Drive</source>
      <translation>ไดรฟ์</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>โฟลเดอร์</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
ไม่พบไฟล์
โปรดตรวจสอบว่าชื่อไฟล์ถูกต้อง</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 มีอยู่แล้ว
ต้องการแทนที่หรือไม่</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>ค้นหาใน(&amp;L):</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>โฟลเดอร์ใหม่(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>เปลี่ยนชื่อ(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>ย้อนกลับ</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>เปลี่ยนเป็นมุมมองรายละเอียด</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>เปลี่ยนเป็นมุมมองรายการ</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>ชื่อไฟล์(&amp;N):</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>ไฟล์</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>ชนิดไฟล์(&amp;T):</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>ไปข้างหน้า</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>ย้อนกลับ</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>ไปข้างหน้า</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>ไปยังโฟลเดอร์ระดับบน</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>มุมมองรายการ</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>รายการตำแหน่งและที่คั่นหน้า</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>โฟลเดอร์ระดับบน</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>บันทึกเป็น</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>แสดง </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>แสดงไฟล์ที่ซ่อน(&amp;H)</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>แถบด้านข้าง</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Computer</source>
      <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>วันที่แก้ไข</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>ขนาด</translation>
    </message>
    <message>
      <source>Type</source>
      <comment>All other platforms</comment>
      <translation>ชนิด</translation>
    </message>
  </context>
  <context>
    <name>QGuiApplication</name>
    <message>
      <source>QT_LAYOUT_DIRECTION</source>
      <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
      <translation>LTR</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>วาง(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>เลือกทั้งหมด</translation>
    </message>
  </context>
  <context>
    <name>QPageSize</name>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>ตัวเลือก(&amp;O) &gt;&gt;</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>พิมพ์(&amp;P)</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>ทุกหน้า</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>หน้าคู่</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>ไฟล์ในเครื่อง</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>หน้าคี่</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>พิมพ์</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>พิมพ์เป็นไฟล์ (PDF)</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>เขียนไฟล์ PDF</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Collate</source>
      <translation>เรียงชุด</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>สี</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>โหมดสี</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>จำนวนชุด</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>จำนวนชุด:</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>หน้าปัจจุบัน</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>พิมพ์สองหน้า</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>แบบฟอร์ม</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>ขาวดำ</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>พลิกด้านยาว</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>ตัวเลือก</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>การตั้งค่างานพิมพ์</translation>
    </message>
    <message>
      <source>Page &amp;Set:</source>
      <translation>ชุดหน้า(&amp;S):</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>หน้า</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>หน้าจาก</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>พิมพ์ทั้งหมด</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>ช่วงที่พิมพ์</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>ย้อนลำดับ</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>ส่วนที่เลือก</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>พลิกด้านสั้น</translation>
    </message>
    <message>
      <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
      <translation>ระบุหน้าหรือช่วงหน้าโดยคั่นด้วยจุลภาค ช่วงหน้าเขียนเป็นตัวเลขสองตัวคั่นด้วยขีด เช่น 3,5-7,9 จะพิมพ์หน้า 3, 5, 6, 7 และ 9</translation>
    </message>
    <message>
      <source>to</source>
      <translation>ถึง</translation>
    </message>
  </context>
  <context>
    <name>QPrintWidget</name>
    <message>
      <source>&amp;Name:</source>
      <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
      <source>...</source>
      <translation>...</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>แบบฟอร์ม</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>ตำแหน่ง:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>ไฟล์ผลลัพธ์(&amp;F):</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>คุณสมบัติ(&amp;R)</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>ตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>ชนิด:</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>เลื่อนไปทางซ้าย</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>เลื่อนไปทางขวา</translation>
    </message>
  </context>
</TS>