<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
<context>
    <name>Answer</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="135" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../../ui/answer_controls.py" line="135" />
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../ui/app.py" line="81" />
        <source>No voice for this language is installed; another voice reads instead.</source>
        <translation>Chưa cài giọng đọc cho ngôn ngữ này; một giọng khác sẽ đọc thay.</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="82" />
        <source>Speech is not available on this computer.</source>
        <translation>Máy tính này không có chức năng đọc to.</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../../ui/screens/applications.py" line="39" />
        <source>Applications</source>
        <translation>Hồ sơ đăng ký</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="79" />
        <source>No application has been started on this device yet. Applications start from a household.</source>
        <translation>Trên thiết bị này chưa có hồ sơ đăng ký nào. Hồ sơ được bắt đầu từ thông tin của một hộ gia đình.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="80" />
        <source>Find a household</source>
        <translation>Tìm hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="83" />
        <source>%1 application(s)</source>
        <translation>%1 hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="89" />
        <source>Tracking number</source>
        <translation>Mã theo dõi</translation>
    </message>
</context>
<context>
    <name>AttachmentsScreen</name>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="66" />
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="70" />
        <location filename="../../../ui/screens/attachments.py" line="151" />
        <source>Add a file</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="71" />
        <source>Add the newest scan</source>
        <translation>Thêm bản quét mới nhất</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="72" />
        <source>Next: review</source>
        <translation>Tiếp: kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="116" />
        <source>Documents this service asks for:</source>
        <translation>Giấy tờ dịch vụ này yêu cầu:</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="117" />
        <source>This service needs no documents.</source>
        <translation>Dịch vụ này không cần giấy tờ.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="120" />
        <source>No document added yet. Scan the paper, or add a photo or PDF.</source>
        <translation>Chưa có giấy tờ nào. Xin quét bản giấy, hoặc thêm ảnh chụp hay tệp PDF.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="133" />
        <source>Preview of %1</source>
        <translation>Xem trước %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="137" />
        <source>Turn</source>
        <translation>Xoay</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="138" />
        <source>Turn %1 a quarter</source>
        <translation>Xoay %1 một phần tư vòng</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="139" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="140" />
        <source>Remove %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="152" />
        <source>Images and PDF</source>
        <translation>Hình ảnh và PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="169" />
        <source>No scan found in %1</source>
        <translation>Không tìm thấy bản quét trong %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="172" />
        <source>Document added; the scan was removed from the scanner folder</source>
        <translation>Đã thêm giấy tờ; bản quét đã được xóa khỏi thư mục máy quét</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="183" />
        <source>Document added</source>
        <translation>Đã thêm giấy tờ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="203" />
        <source>Document removed</source>
        <translation>Đã xóa giấy tờ</translation>
    </message>
</context>
<context>
    <name>AttentionScreen</name>
    <message>
        <location filename="../../../ui/screens/attention.py" line="38" />
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="83" />
        <source>Nothing needs attention: no application was refused and no household waits for a choice.</source>
        <translation>Không có việc gì cần xử lý: không có hồ sơ nào bị từ chối và không có hộ nào đang chờ chọn thông tin.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="84" />
        <source>Back to today's visits</source>
        <translation>Quay lại lượt thăm hôm nay</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="87" />
        <source>%1 item(s) to fix</source>
        <translation>%1 mục cần sửa</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="106" />
        <source>Fix and send again</source>
        <translation>Sửa và gửi lại</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="92" />
        <source>Household %1 was changed here and at the agency</source>
        <translation>Hộ %1 đã được sửa ở đây và ở cơ quan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="93" />
        <source>Choose which value to keep</source>
        <translation>Chọn giá trị muốn giữ</translation>
    </message>
</context>
<context>
    <name>ConflictScreen</name>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="53" />
        <source>Choose which value to keep</source>
        <translation>Chọn giá trị muốn giữ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="57" />
        <source>This household was changed on this device and at the agency. For each field, keep yours or the agency's.</source>
        <translation>Hộ này đã được sửa trên thiết bị này và ở cơ quan. Với mỗi mục, xin quý vị chọn giữ giá trị của mình hoặc của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="58" />
        <source>Keep these and send</source>
        <translation>Giữ các giá trị này và gửi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="97" />
        <source>This household changed while you were choosing: what is shown now is the newest. Please check your choices again.</source>
        <translation>Hộ này đã thay đổi trong lúc quý vị đang chọn: nội dung đang hiển thị là mới nhất. Xin quý vị kiểm tra lại các lựa chọn của mình.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="121" />
        <source>Nothing to choose: this household has no values that differ from the agency's.</source>
        <translation>Không cần chọn: thông tin của hộ này không khác với thông tin của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="122" />
        <source>Open the household</source>
        <translation>Mở hồ sơ hộ này</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="132" />
        <source>Original</source>
        <translation>Ban đầu</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="135" />
        <source>Mine (this device)</source>
        <translation>Của tôi (thiết bị này)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="136" />
        <source>The agency's</source>
        <translation>Của cơ quan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="153" />
        <source>Saved. It will be sent at the next sync.</source>
        <translation>Đã lưu. Sẽ được gửi ở lần đồng bộ tới.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../../ui/screens/consent.py" line="71" />
        <source>Privacy notice and consent</source>
        <translation>Thông báo quyền riêng tư và đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="75" />
        <source>Read the notice aloud</source>
        <translation>Đọc to thông báo</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="76" />
        <source>How your personal data is used</source>
        <translation>Cách dữ liệu cá nhân của Ông/Bà được sử dụng</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="77" />
        <source>Who agrees, and how?</source>
        <translation>Ai đồng ý, và bằng cách nào?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="78" />
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="80" />
        <source>The citizen signs</source>
        <translation>Người dân tự ký</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="80" />
        <source>The citizen signs on the pad below.</source>
        <translation>Người dân tự ký vào khung ký tên bên dưới.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="81" />
        <source>A family member signs</source>
        <translation>Người nhà ký</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="82" />
        <source>A family member signs for the citizen and says how they are related.</source>
        <translation>Người nhà ký thay cho người dân và ghi rõ quan hệ với người dân.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="83" />
        <source>Fingerprint and two witnesses</source>
        <translation>Lăn tay và hai người làm chứng</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="84" />
        <source>The citizen gives a fingerprint on paper; two witnesses write their names here.</source>
        <translation>Người dân lăn tay trên giấy; hai người làm chứng ghi họ tên tại đây.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="86" />
        <source>&amp;Name of the person agreeing</source>
        <translation>&amp;Họ tên người đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="87" />
        <source>&amp;Relationship to the citizen</source>
        <translation>&amp;Quan hệ với người dân</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="89" />
        <source>Witness %1: name</source>
        <translation>Người làm chứng %1: họ tên</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="93" />
        <source>Also agrees to the use of health data (needed for this service)</source>
        <translation>Đồng ý cả việc sử dụng dữ liệu sức khỏe (dịch vụ này cần)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="94" />
        <source>Sign here with a finger, a pen or the mouse</source>
        <translation>Ký vào đây bằng ngón tay, bút hoặc chuột</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="96" />
        <source>Signature pad. Undo removes the last stroke.</source>
        <translation>Khung ký tên. Hoàn tác sẽ xóa nét cuối.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="97" />
        <source>Undo last stroke</source>
        <translation>Hoàn tác nét cuối</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="98" />
        <source>Clear and sign again</source>
        <translation>Xóa và ký lại</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="99" />
        <source>I agree and sign</source>
        <translation>Tôi đồng ý và ký tên</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="100" />
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="156" />
        <source>Please sign in the box first.</source>
        <translation>Vui lòng ký vào khung trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="159" />
        <source>Consent recorded</source>
        <translation>Đã ghi nhận sự đồng ý</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="102" />
        <source>Type the date with number keys</source>
        <translation>Nhập ngày bằng bàn phím số</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../../ui/date_picker.py" line="77" />
        <source>Choose the decade</source>
        <translation>Xin chọn thập niên</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="81" />
        <source>Choose the year</source>
        <translation>Xin chọn năm</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="85" />
        <source>Choose the month</source>
        <translation>Xin chọn tháng</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="89" />
        <source>Choose the day</source>
        <translation>Xin chọn ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="92" />
        <source>Back one step</source>
        <translation>Quay lại một bước</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="95" />
        <source>ROC %1</source>
        <translation>năm Dân Quốc %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../ui/errors.py" line="63" />
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>Ổ đĩa đã đầy. Không mất dữ liệu nào; hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="65" />
        <source>Kiosk may not write to its data folder. Ask IT to check the folder's permissions.</source>
        <translation>Kiosk không được ghi vào thư mục dữ liệu. Hãy nhờ bộ phận IT kiểm tra quyền của thư mục.</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="68" />
        <source>The household store is busy or locked by another program. Close other Kiosk windows and try again.</source>
        <translation>Kho dữ liệu hộ đang bận hoặc bị chương trình khác khóa. Hãy đóng các cửa sổ Kiosk khác rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="70" />
        <source>The agency hub cannot be reached. Your work is kept on this device and will be sent later.</source>
        <translation>Không kết nối được máy chủ của cơ quan. Công việc của quý vị được giữ trên thiết bị này và sẽ được gửi sau.</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="71" />
        <source>Something went wrong. Your saved work is safe. If it happens again, tell IT and mention the time.</source>
        <translation>Đã xảy ra lỗi. Công việc đã lưu vẫn an toàn. Nếu lại xảy ra, hãy báo bộ phận IT và cho biết thời điểm.</translation>
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
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="12" />
        <source>Registered since</source>
        <translation>Đăng ký hộ khẩu từ</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="12" />
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="12" />
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="13" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="13" />
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="14" />
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="14" />
        <source>Indigenous</source>
        <translation>Người bản địa</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="14" />
        <source>Lives here</source>
        <translation>Sống tại đây</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="15" />
        <source>Days in Taiwan last year</source>
        <translation>Số ngày ở Đài Loan năm ngoái</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="15" />
        <source>Monthly income</source>
        <translation>Thu nhập hằng tháng</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="16" />
        <source>Savings and other movable assets</source>
        <translation>Tiền tiết kiệm và tài sản lưu động</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="16" />
        <source>Value of real estate</source>
        <translation>Giá trị bất động sản</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="17" />
        <source>Employed</source>
        <translation>Đang có việc làm</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="17" />
        <source>Able to work</source>
        <translation>Khả năng lao động</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="17" />
        <source>Student</source>
        <translation>Học sinh, sinh viên</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="18" />
        <source>Allowed to work in Taiwan</source>
        <translation>Được phép làm việc tại Đài Loan</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="18" />
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="19" />
        <source>Long-term care level</source>
        <translation>Mức chăm sóc dài hạn</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="19" />
        <source>Lives in an institution</source>
        <translation>Sống trong cơ sở chăm sóc</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="20" />
        <source>Citizen digital certificate expiry</source>
        <translation>Ngày hết hạn chứng thư số công dân</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="20" />
        <source>Old resident ID</source>
        <translation>Số thẻ cư trú cũ</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="29" />
        <source>a household member</source>
        <translation>một thành viên trong hộ</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="29" />
        <source>a relative living elsewhere</source>
        <translation>một người thân sống nơi khác</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="38" />
        <source>%1 (the whole entry)</source>
        <translation>%1 (toàn bộ mục)</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="46" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="46" />
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>HelperScreen</name>
    <message>
        <location filename="../../../ui/screens/helper.py" line="63" />
        <source>How old are you?</source>
        <translation>Ông/Bà năm nay bao nhiêu tuổi?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="63" />
        <source>Under 55</source>
        <translation>Dưới 55</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="63" />
        <source>55 to 64</source>
        <translation>Từ 55 đến 64</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="64" />
        <source>65 to 84</source>
        <translation>Từ 65 đến 84</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="64" />
        <source>85 or older</source>
        <translation>Từ 85 trở lên</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="65" />
        <source>Do you live alone?</source>
        <translation>Ông/Bà có sống một mình không?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="65" />
        <location filename="../../../ui/screens/helper.py" line="70" />
        <location filename="../../../ui/screens/helper.py" line="71" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="65" />
        <location filename="../../../ui/screens/helper.py" line="67" />
        <location filename="../../../ui/screens/helper.py" line="70" />
        <location filename="../../../ui/screens/helper.py" line="71" />
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="66" />
        <source>Do you have a disability certificate?</source>
        <translation>Ông/Bà có giấy chứng nhận khuyết tật không?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="67" />
        <source>Yes, mild</source>
        <translation>Có, mức nhẹ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="67" />
        <source>Yes, moderate</source>
        <translation>Có, mức trung bình</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="68" />
        <source>Yes, severe or very severe</source>
        <translation>Có, mức nặng hoặc rất nặng</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="69" />
        <source>Is your household's monthly income per person below NT$20,000?</source>
        <translation>Thu nhập hằng tháng bình quân mỗi người trong hộ có dưới NT$20.000 không?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="70" />
        <source>I don't know</source>
        <translation>Tôi không biết</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="71" />
        <source>Did you come to Taiwan through marriage?</source>
        <translation>Ông/Bà đến Đài Loan do kết hôn phải không?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="75" />
        <source>Welfare helper</source>
        <translation>Trợ lý phúc lợi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="79" />
        <source>Previous question</source>
        <translation>Câu hỏi trước</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="110" />
        <source>Question %1 of %2</source>
        <translation>Câu hỏi %1 trên %2</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="121" />
        <source>Your answers are not stored. Only an officer can confirm eligibility.</source>
        <translation>Câu trả lời của Ông/Bà không được lưu lại. Chỉ cán bộ mới xác nhận được Ông/Bà có đủ điều kiện hay không.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="122" />
        <source>Services you may receive</source>
        <translation>Dịch vụ Ông/Bà có thể nhận</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="130" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="134" />
        <location filename="../../../ui/screens/helper.py" line="179" />
        <source>We found no service from your answers. An officer can still check with you: call 1957.</source>
        <translation>Chưa tìm thấy dịch vụ nào theo câu trả lời của Ông/Bà. Cán bộ vẫn có thể cùng Ông/Bà kiểm tra lại: xin gọi 1957.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="80" />
        <source>What to do next</source>
        <translation>Việc cần làm tiếp theo</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="81" />
        <source>Print a summary to take with you</source>
        <translation>In bản tóm tắt để mang về</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="82" />
        <source>Show the summary to an officer at your district office, or call 1957 (free of charge): they can check with you and help you apply.</source>
        <translation>Xin quý vị đưa bản tóm tắt cho cán bộ tại văn phòng quận, hoặc gọi 1957 (miễn phí): cán bộ sẽ cùng quý vị kiểm tra và giúp quý vị nộp đơn.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="83" />
        <source>Start over</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="141" />
        <location filename="../../../ui/screens/helper.py" line="177" />
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="192" />
        <source>No printer is connected. Please write down the services, or ask an officer.</source>
        <translation>Hiện không có máy in. Xin quý vị ghi lại tên các dịch vụ, hoặc nhờ cán bộ giúp đỡ.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="198" />
        <source>Printed. Please take the paper with you.</source>
        <translation>Đã in xong. Xin quý vị nhớ mang theo tờ giấy.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../../ui/screens/home.py" line="58" />
        <source>Today's visits</source>
        <translation>Lượt thăm hôm nay</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="62" />
        <location filename="../../../ui/screens/home.py" line="130" />
        <source>Find a household</source>
        <translation>Tìm hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="63" />
        <source>Applications</source>
        <translation>Hồ sơ đăng ký</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="64" />
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="65" />
        <source>Who to visit first, and why</source>
        <translation>Thăm ai trước, và vì sao</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="95" />
        <source>Checking every household against the service rules…</source>
        <translation>Đang đối chiếu từng hộ với quy định của các dịch vụ…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="114" />
        <source>Visit plan ready: %1 household(s)</source>
        <translation>Kế hoạch thăm đã sẵn sàng: %1 hộ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="129" />
        <source>No household needs a visit now: the service rules found nothing unclaimed.</source>
        <translation>Hiện không có hộ nào cần đến thăm: theo quy định, không có trợ cấp nào chưa được nhận.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="135" />
        <source>%1 household(s) to visit</source>
        <translation>%1 hộ cần thăm</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="145" />
        <source>%1 a month unclaimed</source>
        <translation>%1 mỗi tháng chưa nhận</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="136" />
        <location filename="../../../ui/screens/home.py" line="162" />
        <source>Open the household</source>
        <translation>Mở hồ sơ hộ này</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../../ui/screens/household.py" line="65" />
        <location filename="../../../ui/screens/household.py" line="134" />
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="68" />
        <source>People in the household</source>
        <translation>Thành viên trong hộ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="69" />
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="70" />
        <source>Reminders</source>
        <translation>Nhắc nhở</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="71" />
        <source>Applications</source>
        <translation>Hồ sơ đăng ký</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="72" />
        <source>Resolve changed fields</source>
        <translation>Xử lý các mục bị thay đổi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="136" />
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="141" />
        <source>Changed here and at the agency: please check</source>
        <translation>Đã sửa ở đây và ở cơ quan: vui lòng kiểm tra</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="142" />
        <source>Up to date on this device</source>
        <translation>Đã cập nhật trên thiết bị này</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="146" />
        <source>%1 years old</source>
        <translation>%1 tuổi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="157" />
        <source>Checking which services apply…</source>
        <translation>Đang kiểm tra các dịch vụ phù hợp…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="164" />
        <source>No service found for this household today.</source>
        <translation>Hôm nay chưa tìm thấy dịch vụ nào cho hộ này.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="178" />
        <source>whole household</source>
        <translation>cả hộ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="179" />
        <source>Receiving</source>
        <translation>Đang nhận</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="184" />
        <source>Start an application</source>
        <translation>Bắt đầu đăng ký</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="191" />
        <source>No applications yet.</source>
        <translation>Chưa có hồ sơ nào.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../../ui/keypad.py" line="45" />
        <source>Delete last character</source>
        <translation>Xóa ký tự cuối</translation>
    </message>
    <message>
        <location filename="../../../ui/keypad.py" line="46" />
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <location filename="../../../ui/keypad.py" line="48" />
        <source>Slash</source>
        <translation>Dấu gạch chéo</translation>
    </message>
</context>
<context>
    <name>ListState</name>
    <message>
        <location filename="../../../ui/list_state.py" line="55" />
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/shell.py" line="91" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="91" />
        <source>Go to the previous screen (Alt+Left)</source>
        <translation>Về màn hình trước (Alt+phím mũi tên trái)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="92" />
        <source>Home</source>
        <translation>Trang chính</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="93" />
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="93" />
        <source>Read this screen aloud (F1)</source>
        <translation>Đọc to màn hình này (F1)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="94" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="94" />
        <source>Language, text size, colours and voice</source>
        <translation>Ngôn ngữ, cỡ chữ, màu sắc và giọng đọc</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="95" />
        <source>End session</source>
        <translation>Kết thúc phiên</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="95" />
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="96" />
        <location filename="../../../ui/shell.py" line="97" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="99" />
        <source>Kiosk: e-services delivered home</source>
        <translation>Kiosk: dịch vụ điện tử tận nhà</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../../ui/page_header.py" line="50" />
        <source>Step %1 of %2: %3</source>
        <translation>Bước %1 trên %2: %3</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Consent</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Review</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Receipt</source>
        <translation>Biên nhận</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="59" />
        <source>E-services delivered home</source>
        <translation>Dịch vụ điện tử tận nhà</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="109" />
        <source>Receipt</source>
        <translation>Biên nhận</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="113" />
        <source>Print (A4)</source>
        <translation>In (A4)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="114" />
        <source>Print (80 mm)</source>
        <translation>In (80 mm)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="115" />
        <location filename="../../../ui/screens/receipt.py" line="187" />
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="116" />
        <source>News and reminders by text message or e-mail…</source>
        <translation>Nhận tin và nhắc việc qua tin nhắn SMS hoặc email…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="155" />
        <source>Receipt preview, tracking number %1</source>
        <translation>Xem trước biên nhận, mã theo dõi %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="183" />
        <source>Sent to the printer</source>
        <translation>Đã gửi đến máy in</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="196" />
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../../ui/screens/review.py" line="53" />
        <source>Check before sending</source>
        <translation>Kiểm tra trước khi gửi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="61" />
        <source>Submit the application</source>
        <translation>Nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="83" />
        <source>You are applying for: %1</source>
        <translation>Ông/Bà đang đăng ký: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="58" />
        <source>About the applicant</source>
        <translation>Thông tin người nộp đơn</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="58" />
        <source>Answers</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="59" />
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="59" />
        <location filename="../../../ui/screens/review.py" line="109" />
        <source>Consent</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="60" />
        <source>Change</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="87" />
        <source>Applicant</source>
        <translation>Người nộp đơn</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="91" />
        <source>Not answered yet</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="104" />
        <source>Documents attached</source>
        <translation>Giấy tờ đã đính kèm</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="105" />
        <source>%1 file(s)</source>
        <translation>%1 tệp</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="106" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="108" />
        <source>Consent given by</source>
        <translation>Người đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="109" />
        <source>No consent yet</source>
        <translation>Chưa có sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="111" />
        <source>consent</source>
        <translation>sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="114" />
        <source>Still needed before sending:</source>
        <translation>Còn thiếu trước khi gửi:</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="130" />
        <source>Application submitted. It will be sent at the next sync.</source>
        <translation>Đã nộp hồ sơ. Hồ sơ sẽ được gửi ở lần đồng bộ tới.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../../ui/screens/search.py" line="44" />
        <source>Find a household</source>
        <translation>Tìm hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="48" />
        <source>&amp;Name, ID number or its last 4 digits, phone, address or household number</source>
        <translation>&amp;Họ tên, số căn cước hoặc 4 số cuối, điện thoại, địa chỉ hoặc số hộ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="49" />
        <source>Search households</source>
        <translation>Tìm hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="50" />
        <source>for example 秀英 or 0912</source>
        <translation>ví dụ 秀英 hoặc 0912</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="103" />
        <source>No household matches. Check the spelling or try part of the name.</source>
        <translation>Không có hộ nào phù hợp. Hãy kiểm tra chính tả hoặc thử một phần của tên.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="104" />
        <source>Clear the search</source>
        <translation>Xóa nội dung tìm</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="106" />
        <source>%1 household(s) found</source>
        <translation>Tìm thấy %1 hộ</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../../../ui/service_card.py" line="76" />
        <location filename="../../../ui/service_card.py" line="83" />
        <location filename="../../../ui/service_card.py" line="84" />
        <source>Why?</source>
        <translation>Vì sao?</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../../ui/screens/settings.py" line="101" />
        <location filename="../../../ui/screens/settings.py" line="235" />
        <source>This is how I sound.</source>
        <translation>Đây là giọng đọc của tôi.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="107" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="111" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="112" />
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="113" />
        <source>Colours</source>
        <translation>Màu sắc</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="115" />
        <source>Automatic lock</source>
        <translation>Tự động khóa</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="121" />
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="122" />
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="114" />
        <source>Voice</source>
        <translation>Giọng đọc</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="116" />
        <source>Household data</source>
        <translation>Dữ liệu hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="117" />
        <source>Import households from a file…</source>
        <translation>Nhập hộ gia đình từ tệp…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="118" />
        <source>A JSON or CSV file of households, for example from the district office</source>
        <translation>Tệp JSON hoặc CSV về các hộ gia đình, ví dụ do văn phòng hộ tịch cung cấp</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="119" />
        <source>Save today's receipts as PDF…</source>
        <translation>Lưu biên nhận hôm nay thành PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="120" />
        <source>One PDF file for each application submitted today, in a folder you choose</source>
        <translation>Mỗi đơn đã nộp hôm nay được lưu thành một tệp PDF, trong thư mục quý vị chọn</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="123" />
        <source>Read prompts and errors aloud automatically</source>
        <translation>Tự động đọc to lời nhắc và lỗi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="128" />
        <source>Speaking &amp;rate</source>
        <translation>&amp;Tốc độ đọc</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="129" />
        <source>Speaking rate</source>
        <translation>Tốc độ đọc</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="130" />
        <source>&amp;Volume</source>
        <translation>Â&amp;m lượng</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="131" />
        <source>Volume</source>
        <translation>Âm lượng</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="132" />
        <source>Try the voice</source>
        <translation>Nghe thử giọng</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="133" />
        <source>&amp;Lock automatically after (minutes without use)</source>
        <translation>Tự động &amp;khóa sau (số phút không dùng)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="134" />
        <source>Lock automatically after (minutes without use)</source>
        <translation>Tự động khóa sau (số phút không dùng)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="141" />
        <source>Import households from a file</source>
        <translation>Nhập hộ gia đình từ tệp</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="142" />
        <source>Household files (*.json *.csv)</source>
        <translation>Tệp hộ gia đình (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="153" />
        <source>Save today's receipts as PDF</source>
        <translation>Lưu biên nhận hôm nay thành PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="165" />
        <source>No application was submitted today: there is no receipt to save.</source>
        <translation>Hôm nay chưa có đơn nào được nộp, nên không có biên nhận để lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="170" />
        <source>An import or a batch of documents is still running. Please wait until it ends.</source>
        <translation>Việc nhập dữ liệu hoặc lưu hàng loạt giấy tờ vẫn đang chạy. Xin quý vị đợi đến khi hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="206" />
        <source>reads aloud by itself</source>
        <translation>tự động đọc to</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="206" />
        <source>reads aloud when asked</source>
        <translation>chỉ đọc to khi được yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="207" />
        <source>Now: %1</source>
        <translation>Hiện tại: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="124" />
        <location filename="../../../ui/screens/settings.py" line="125" />
        <location filename="../../../ui/screens/settings.py" line="126" />
        <source>Vietnamese voice</source>
        <translation>Giọng đọc tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="125" />
        <source>Northern</source>
        <translation>Giọng miền Bắc</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="126" />
        <source>Southern</source>
        <translation>Giọng miền Nam</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="59" />
        <source>Check my application</source>
        <translation>Kiểm tra hồ sơ của tôi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="67" />
        <source>&amp;Tracking number (on your receipt)</source>
        <translation>&amp;Mã theo dõi (trên biên nhận)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="68" />
        <source>Tracking number</source>
        <translation>Mã theo dõi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="69" />
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="70" />
        <source>Scan the receipt's QR code</source>
        <translation>Quét mã QR trên biên nhận</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="71" />
        <source>Tell me when there is news (text message or e-mail)…</source>
        <translation>Báo cho tôi khi có tin mới (tin nhắn SMS hoặc email)…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="106" />
        <source>Put your receipt on the scanner with the QR code facing the glass and press the scanner's button. Then press this button again.</source>
        <translation>Hãy đặt biên nhận lên máy quét, mặt có mã QR úp xuống mặt kính, rồi bấm nút trên máy quét. Sau đó bấm lại nút này.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="129" />
        <source>This code is not a genuine Kiosk receipt.</source>
        <translation>Mã này không phải biên nhận Kiosk thật.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="85" />
        <location filename="../../../ui/screens/status_check.py" line="130" />
        <source>No application with this number. Check the number on your receipt.</source>
        <translation>Không có hồ sơ với mã này. Hãy kiểm tra mã trên biên nhận.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="64" />
        <location filename="../../../ui/screens/status_check.py" line="83" />
        <location filename="../../../ui/screens/status_check.py" line="132" />
        <source>Need help? Call 1957.</source>
        <translation>Cần giúp đỡ? Gọi 1957.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="136" />
        <source>Please bring the missing documents to your district office or call 1957.</source>
        <translation>Vui lòng mang giấy tờ còn thiếu đến văn phòng quận/huyện hoặc gọi 1957.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="137" />
        <source>A letter with the decision will be sent to you.</source>
        <translation>Ông/Bà sẽ nhận được thư thông báo kết quả.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="138" />
        <source>The agency is reviewing it. You do not need to do anything.</source>
        <translation>Cơ quan đang xem xét. Ông/Bà không cần làm gì thêm.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="139" />
        <source>It will be sent to the agency soon.</source>
        <translation>Hồ sơ sẽ sớm được gửi đến cơ quan.</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../../ui/still_there.py" line="38" />
        <source>Are you still there?</source>
        <translation>Ông/Bà còn ở đây không?</translation>
    </message>
    <message>
        <location filename="../../../ui/still_there.py" line="39" />
        <source>Yes, continue</source>
        <translation>Có, tiếp tục</translation>
    </message>
    <message>
        <location filename="../../../ui/still_there.py" line="51" />
        <source>To protect your privacy, this screen will be cleared in %1 seconds.</source>
        <translation>Để bảo vệ quyền riêng tư, màn hình này sẽ được xóa sau %1 giây.</translation>
    </message>
</context>
<context>
    <name>SubscribeScreen</name>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="100" />
        <source>News and reminders</source>
        <translation>Tin mới và nhắc việc</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="104" />
        <source>If you wish, we tell you when there is news about your application and remind you of your household's due dates. Messages say only that there is news and how to check it. You can stop them at any time.</source>
        <translation>Nếu quý vị muốn, chúng tôi sẽ báo khi hồ sơ của quý vị có tin mới và nhắc những việc sắp đến hạn của hộ gia đình. Tin nhắn chỉ cho biết có tin mới và cách tra cứu. Quý vị có thể ngừng nhận bất cứ lúc nào.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="107" />
        <source>Read the notice aloud</source>
        <translation>Đọc to thông báo</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="109" />
        <source>What would you like to receive?</source>
        <translation>Quý vị muốn nhận tin gì?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="110" />
        <source>News about my applications</source>
        <translation>Tin về hồ sơ của tôi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="111" />
        <source>Reminders of my household's due dates</source>
        <translation>Nhắc các việc sắp đến hạn của gia đình tôi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="112" />
        <source>How should we tell you? Fill in one or more.</source>
        <translation>Chúng tôi nên báo cho quý vị bằng cách nào? Quý vị có thể điền một hoặc nhiều cách.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="113" />
        <source>&amp;Mobile number for text messages (starts with 09)</source>
        <translation>&amp;Số di động để nhận tin nhắn SMS (bắt đầu bằng 09)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="114" />
        <source>Mobile number for text messages</source>
        <translation>Số di động để nhận tin nhắn SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="115" />
        <source>&amp;E-mail address</source>
        <translation>Địa chỉ &amp;email</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="116" />
        <source>E-mail address</source>
        <translation>Địa chỉ email</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="117" />
        <source>Add to my calendar</source>
        <translation>Thêm vào lịch của tôi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="118" />
        <source>Who agrees?</source>
        <translation>Ai đồng ý?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="119" />
        <source>I am the citizen</source>
        <translation>Tôi là người đứng tên</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="120" />
        <source>A family member, for the citizen</source>
        <translation>Người nhà đăng ký thay</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="121" />
        <source>&amp;Relationship to the citizen</source>
        <translation>&amp;Quan hệ với người dân</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="122" />
        <source>Relationship to the citizen</source>
        <translation>Quan hệ với người dân</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="123" />
        <source>Agree and subscribe</source>
        <translation>Đồng ý và đăng ký</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="124" />
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="199" />
        <source>Subscribed. You can stop the messages at any time.</source>
        <translation>Đã đăng ký. Quý vị có thể ngừng nhận tin bất cứ lúc nào.</translation>
    </message>
</context>
<context>
    <name>SubscriptionList</name>
    <message>
        <location filename="../../../ui/subscription_list.py" line="54" />
        <source>News and reminders</source>
        <translation>Tin mới và nhắc việc</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="55" />
        <source>Subscribe to news and reminders…</source>
        <translation>Đăng ký nhận tin và nhắc việc…</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="74" />
        <source>Text message</source>
        <translation>Tin nhắn SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="74" />
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="74" />
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="99" />
        <source>No one has subscribed yet. The citizen or a family member can get news of applications and reminders.</source>
        <translation>Chưa có ai đăng ký nhận tin. Ông/Bà hoặc người nhà có thể nhận tin về hồ sơ và lời nhắc.</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="103" />
        <source>application news</source>
        <translation>tin về hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="103" />
        <source>reminders</source>
        <translation>nhắc việc</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="104" />
        <source>a family member (%1)</source>
        <translation>người nhà (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="105" />
        <source>the citizen</source>
        <translation>người đứng tên</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="106" />
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="112" />
        <source>Calendar link: %1</source>
        <translation>Đường liên kết lịch: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="114" />
        <source>Stop these messages</source>
        <translation>Ngừng nhận các tin này</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="115" />
        <source>Withdraws the consent at once: %1</source>
        <translation>Rút lại sự đồng ý ngay lập tức: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="122" />
        <source>Stopped: no more messages will be sent.</source>
        <translation>Đã ngừng: sẽ không gửi thêm tin nào nữa.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../../ui/sync_controller.py" line="89" />
        <source>Sync finished: everything is sent and up to date.</source>
        <translation>Đồng bộ xong: mọi thứ đã được gửi và cập nhật.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="91" />
        <source>Sync stopped before the end; it will retry.</source>
        <translation>Đồng bộ dừng giữa chừng; sẽ thử lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="99" />
        <source>The hub could not be reached.</source>
        <translation>Không kết nối được máy chủ.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="110" />
        <source>Offline or the hub is unreachable: applications wait safely on this device.</source>
        <translation>Mất mạng hoặc không kết nối được máy chủ: hồ sơ được giữ an toàn trên thiết bị này.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="111" />
        <source>The officer must log in to the hub again (enrol this device again).</source>
        <translation>Cán bộ cần đăng nhập lại máy chủ (đăng ký lại thiết bị này).</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="112" />
        <source>This app is too old for the hub: please update it.</source>
        <translation>Ứng dụng này quá cũ so với máy chủ: vui lòng cập nhật.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="113" />
        <source>The hub's security certificate is not trusted.</source>
        <translation>Chứng chỉ bảo mật của máy chủ không đáng tin cậy.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="114" />
        <source>The hub refused this device.</source>
        <translation>Máy chủ từ chối thiết bị này.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="115" />
        <source>Sync took too long and will continue later.</source>
        <translation>Đồng bộ quá lâu và sẽ tiếp tục sau.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="116" />
        <source>The agency wiped this device.</source>
        <translation>Cơ quan đã xóa dữ liệu trên thiết bị này.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="150" />
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="150" />
        <source>Sync is running</source>
        <translation>Đang đồng bộ</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="153" />
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="155" />
        <source>No hub</source>
        <translation>Chưa có máy chủ</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="155" />
        <source>This device is not enrolled with an agency hub</source>
        <translation>Thiết bị này chưa được đăng ký với máy chủ của cơ quan</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="160" />
        <source>%1 to check</source>
        <translation>%1 cần kiểm tra</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="162" />
        <source>%1 waiting</source>
        <translation>%1 đang chờ</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="164" />
        <source>Synced</source>
        <translation>Đã đồng bộ</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="165" />
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="166" />
        <source>Last complete sync: %1</source>
        <translation>Lần đồng bộ đầy đủ gần nhất: %1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="41" />
        <source>Sync with the agency</source>
        <translation>Đồng bộ với cơ quan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="45" />
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="46" />
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="47" />
        <source>Sync progress</source>
        <translation>Tiến độ đồng bộ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="86" />
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="104" />
        <source>This device is not connected to an agency hub yet. IT enrols it with a one-time code.</source>
        <translation>Thiết bị này chưa kết nối với máy chủ của cơ quan. Bộ phận IT sẽ đăng ký bằng mã dùng một lần.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="108" />
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="109" />
        <source>Last complete sync: %1</source>
        <translation>Lần đồng bộ đầy đủ gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="110" />
        <source>Waiting to be sent: %1</source>
        <translation>Đang chờ gửi: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="112" />
        <source>Needs attention: %1</source>
        <translation>Cần xử lý: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="118" />
        <source>Why: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="121" />
        <source>Everything is sent</source>
        <translation>Mọi thứ đã được gửi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="121" />
        <source>Something is waiting</source>
        <translation>Có mục đang chờ</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="42" />
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="42" />
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="43" />
        <source>Self-service kiosk (staff unlock)</source>
        <translation>Kiosk tự phục vụ (nhân viên mở khóa)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="44" />
        <source>Mode: %1. Enter your PIN to open the households on this device.</source>
        <translation>Chế độ: %1. Nhập mã PIN để mở dữ liệu các hộ trên thiết bị này.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="45" />
        <source>&amp;PIN</source>
        <translation>Mã &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="46" />
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="47" />
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="50" />
        <source>Kiosk is locked</source>
        <translation>Kiosk đang khóa</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="62" />
        <source>Please enter your PIN.</source>
        <translation>Vui lòng nhập mã PIN.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="66" />
        <source>Opening the encrypted store…</source>
        <translation>Đang mở kho dữ liệu mã hóa…</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="52" />
        <source>Welcome</source>
        <translation>Xin chào</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="57" />
        <source>Welcome. How can we help you today?</source>
        <translation>Kính chào Ông/Bà. Hôm nay chúng tôi có thể giúp gì ạ?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="58" />
        <source>Touch a large button. Everything on this screen can be read aloud: touch “Read aloud” at the top.</source>
        <translation>Chạm vào một nút lớn. Mọi thứ trên màn hình này đều có thể đọc to: chạm “Đọc to” ở phía trên.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="59" />
        <source>Choose your language</source>
        <translation>Xin mời quý vị chọn ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="60" />
        <source>What would you like to do?</source>
        <translation>Quý vị muốn làm gì?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="61" />
        <source>Welfare helper</source>
        <translation>Trợ lý phúc lợi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="62" />
        <source>Answer a few questions and see which services you may receive. Nothing is stored.</source>
        <translation>Trả lời vài câu hỏi để xem Ông/Bà có thể nhận những dịch vụ nào. Không có gì được lưu lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="63" />
        <source>Check my application</source>
        <translation>Kiểm tra hồ sơ của tôi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="64" />
        <source>Type the tracking number from your receipt, or scan its QR code.</source>
        <translation>Nhập mã theo dõi trên biên nhận, hoặc quét mã QR.</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="55" />
        <source>Application</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="59" />
        <source>Previous</source>
        <translation>Câu trước</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="60" />
        <location filename="../../../ui/screens/wizard.py" line="130" />
        <source>Next</source>
        <translation>Câu tiếp theo</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="106" />
        <source>Question %1 of %2</source>
        <translation>Câu hỏi %1 trên %2</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="108" />
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="124" />
        <source>Filled in from the household record: please confirm with the citizen.</source>
        <translation>Điền sẵn từ hồ sơ hộ: vui lòng xác nhận lại với người dân.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="130" />
        <source>Next: consent</source>
        <translation>Tiếp: đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="151" />
        <location filename="../../../ui/screens/wizard.py" line="152" />
        <source>Draft saved</source>
        <translation>Đã lưu bản nháp</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../../ui/words.py" line="14" />
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="16" />
        <source>Waiting to upload</source>
        <translation>Đang chờ tải lên</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="18" />
        <source>Under review by the agency</source>
        <translation>Cơ quan đang xem xét</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="18" />
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="20" />
        <source>Documents needed</source>
        <translation>Cần bổ sung giấy tờ</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="22" />
        <source>Approved</source>
        <translation>Được chấp thuận</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="22" />
        <source>Not approved</source>
        <translation>Không được chấp thuận</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="24" />
        <source>Needs correction</source>
        <translation>Cần sửa</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="26" />
        <source>Changed elsewhere: check</source>
        <translation>Đã bị sửa ở nơi khác: kiểm tra</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>head of household</source>
        <translation>chủ hộ</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>spouse</source>
        <translation>vợ/chồng</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>child</source>
        <translation>con</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>parent</source>
        <translation>cha/mẹ</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="32" />
        <source>grandchild</source>
        <translation>cháu</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="32" />
        <source>grandparent</source>
        <translation>ông/bà</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="32" />
        <source>sibling</source>
        <translation>anh chị em</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>parent-in-law</source>
        <translation>cha/mẹ vợ hoặc chồng</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>child-in-law</source>
        <translation>con dâu/con rể</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>lodger</source>
        <translation>người ở nhờ</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>relative</source>
        <translation>họ hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="37" />
        <source>a month</source>
        <translation>mỗi tháng</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="37" />
        <source>a year</source>
        <translation>mỗi năm</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="37" />
        <source>once</source>
        <translation>một lần</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="41" />
        <source>yearly review of the low-income status</source>
        <translation>xét lại tư cách hộ thu nhập thấp hằng năm</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="42" />
        <source>citizen digital certificate expires</source>
        <translation>chứng thư số công dân hết hạn</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="43" />
        <source>disability certificate to renew</source>
        <translation>giấy chứng nhận khuyết tật cần giám định lại</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="44" />
        <source>old-format resident ID to replace</source>
        <translation>thẻ cư trú mẫu cũ cần đổi</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="45" />
        <source>turns 65: new services</source>
        <translation>tròn 65 tuổi: có dịch vụ mới</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="45" />
        <source>reminder</source>
        <translation>nhắc nhở</translation>
    </message>
</context>
</TS>