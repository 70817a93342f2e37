<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>Answer</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="135" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/answer_controls.py" line="135" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../ui/app.py" line="81" />
        <source>No voice for this language is installed; another voice reads instead.</source>
        <translation>未安裝這個語言的語音，改用其他語音朗讀。</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="82" />
        <source>Speech is not available on this computer.</source>
        <translation>這台電腦無法使用語音。</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../../ui/screens/applications.py" line="39" />
        <source>Applications</source>
        <translation>申請案件</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="79" />
        <source>No application has been started on this device yet. Applications start from a household.</source>
        <translation>這台裝置上還沒有任何申請案。申請要從住戶資料開始。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="80" />
        <source>Find a household</source>
        <translation>查詢住戶</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="83" />
        <source>%1 application(s)</source>
        <translation>共 %1 件申請</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="89" />
        <source>Tracking number</source>
        <translation>收件編號</translation>
    </message>
</context>
<context>
    <name>AttachmentsScreen</name>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="66" />
        <source>Documents</source>
        <translation>應備文件</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="70" />
        <location filename="../../../ui/screens/attachments.py" line="151" />
        <source>Add a file</source>
        <translation>加入檔案</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="71" />
        <source>Add the newest scan</source>
        <translation>加入最新掃描檔</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="72" />
        <source>Next: review</source>
        <translation>下一步：確認</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="116" />
        <source>Documents this service asks for:</source>
        <translation>這項服務需要的文件：</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="117" />
        <source>This service needs no documents.</source>
        <translation>這項服務不需要文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="120" />
        <source>No document added yet. Scan the paper, or add a photo or PDF.</source>
        <translation>還沒有加入文件。請掃描紙本，或加入照片或 PDF 檔。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="133" />
        <source>Preview of %1</source>
        <translation>%1 的預覽</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="137" />
        <source>Turn</source>
        <translation>旋轉</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="138" />
        <source>Turn %1 a quarter</source>
        <translation>把 %1 轉四分之一圈</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="139" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="140" />
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="152" />
        <source>Images and PDF</source>
        <translation>圖片與 PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="169" />
        <source>No scan found in %1</source>
        <translation>%1 裡沒有掃描檔</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="172" />
        <source>Document added; the scan was removed from the scanner folder</source>
        <translation>文件已加入；掃描檔已從掃描資料夾移除</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="183" />
        <source>Document added</source>
        <translation>已加入文件</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="203" />
        <source>Document removed</source>
        <translation>已移除文件</translation>
    </message>
</context>
<context>
    <name>AttentionScreen</name>
    <message>
        <location filename="../../../ui/screens/attention.py" line="38" />
        <source>Needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="83" />
        <source>Nothing needs attention: no application was refused and no household waits for a choice.</source>
        <translation>目前沒有需要處理的事項：沒有被退回的申請，也沒有等待選擇的住戶資料。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="84" />
        <source>Back to today's visits</source>
        <translation>回到今日訪視</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="87" />
        <source>%1 item(s) to fix</source>
        <translation>有 %1 件需要處理</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="106" />
        <source>Fix and send again</source>
        <translation>修正後重新送出</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="92" />
        <source>Household %1 was changed here and at the agency</source>
        <translation>戶號 %1 在本機與機關都被修改過</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="93" />
        <source>Choose which value to keep</source>
        <translation>選擇要保留的資料</translation>
    </message>
</context>
<context>
    <name>ConflictScreen</name>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="53" />
        <source>Choose which value to keep</source>
        <translation>選擇要保留的資料</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="57" />
        <source>This household was changed on this device and at the agency. For each field, keep yours or the agency's.</source>
        <translation>這一戶在本機與機關都被修改過。請逐欄選擇保留您的或機關的資料。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="58" />
        <source>Keep these and send</source>
        <translation>保留這些並送出</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="97" />
        <source>This household changed while you were choosing: what is shown now is the newest. Please check your choices again.</source>
        <translation>您選擇的時候，這一戶又有了新的變動：畫面上顯示的是最新的內容，請再確認一次您的選擇。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="121" />
        <source>Nothing to choose: this household has no values that differ from the agency's.</source>
        <translation>不需要選擇：這一戶的資料與機關的資料沒有不同。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="122" />
        <source>Open the household</source>
        <translation>開啟這一戶</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="132" />
        <source>Original</source>
        <translation>原本</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="135" />
        <source>Mine (this device)</source>
        <translation>我的（本機）</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="136" />
        <source>The agency's</source>
        <translation>機關的</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="153" />
        <source>Saved. It will be sent at the next sync.</source>
        <translation>已儲存，下次同步時會送出。</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../../ui/screens/consent.py" line="71" />
        <source>Privacy notice and consent</source>
        <translation>個資告知與同意</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="75" />
        <source>Read the notice aloud</source>
        <translation>朗讀告知事項</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="76" />
        <source>How your personal data is used</source>
        <translation>個人資料蒐集告知事項</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="77" />
        <source>Who agrees, and how?</source>
        <translation>由誰同意？怎麼同意？</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="78" />
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="80" />
        <source>The citizen signs</source>
        <translation>由本人簽名</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="80" />
        <source>The citizen signs on the pad below.</source>
        <translation>由申請人本人在下方簽名板上簽名。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="81" />
        <source>A family member signs</source>
        <translation>由家屬代簽</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="82" />
        <source>A family member signs for the citizen and says how they are related.</source>
        <translation>由家屬代為簽名，並填寫與申請人的關係。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="83" />
        <source>Fingerprint and two witnesses</source>
        <translation>按指印並由兩位見證人簽名</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="84" />
        <source>The citizen gives a fingerprint on paper; two witnesses write their names here.</source>
        <translation>申請人在紙本上按指印，並由兩位見證人在這裡填寫姓名。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="86" />
        <source>&amp;Name of the person agreeing</source>
        <translation>同意人姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="87" />
        <source>&amp;Relationship to the citizen</source>
        <translation>與申請人的關係</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="89" />
        <source>Witness %1: name</source>
        <translation>見證人 %1 姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="93" />
        <source>Also agrees to the use of health data (needed for this service)</source>
        <translation>也同意使用健康資料（本項服務需要）</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="94" />
        <source>Sign here with a finger, a pen or the mouse</source>
        <translation>請用手指、觸控筆或滑鼠在這裡簽名</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="96" />
        <source>Signature pad. Undo removes the last stroke.</source>
        <translation>簽名板。「復原」會刪除最後一筆。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="97" />
        <source>Undo last stroke</source>
        <translation>復原最後一筆</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="98" />
        <source>Clear and sign again</source>
        <translation>清除重簽</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="99" />
        <source>I agree and sign</source>
        <translation>我同意並簽名</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="100" />
        <source>Not now</source>
        <translation>稍後再說</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="156" />
        <source>Please sign in the box first.</source>
        <translation>請先在框內簽名。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="159" />
        <source>Consent recorded</source>
        <translation>已記錄同意</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="102" />
        <source>Type the date with number keys</source>
        <translation>改用數字鍵輸入日期</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../../ui/date_picker.py" line="77" />
        <source>Choose the decade</source>
        <translation>請選年代</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="81" />
        <source>Choose the year</source>
        <translation>請選年份</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="85" />
        <source>Choose the month</source>
        <translation>請選月份</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="89" />
        <source>Choose the day</source>
        <translation>請選日期</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="92" />
        <source>Back one step</source>
        <translation>回上一步</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="95" />
        <source>ROC %1</source>
        <translation>民國 %1 年</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../ui/errors.py" line="63" />
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>磁碟已滿。資料沒有遺失，請清出空間後再試。</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="65" />
        <source>Kiosk may not write to its data folder. Ask IT to check the folder's permissions.</source>
        <translation>程式無法寫入資料夾，請資訊人員檢查權限。</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="68" />
        <source>The household store is busy or locked by another program. Close other Kiosk windows and try again.</source>
        <translation>住戶資料正被其他程式使用，請關閉其他視窗後再試。</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="70" />
        <source>The agency hub cannot be reached. Your work is kept on this device and will be sent later.</source>
        <translation>連不到機關平台。資料保存在本機，稍後送出。</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="71" />
        <source>Something went wrong. Your saved work is safe. If it happens again, tell IT and mention the time.</source>
        <translation>發生問題。已儲存的資料都很安全。如果再次發生，請告訴資訊人員並說明時間。</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="95" />
        <source>Kiosk</source>
        <translation>e化服務</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="12" />
        <source>Registered since</source>
        <translation>設籍日期</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="12" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="12" />
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="13" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="13" />
        <source>Relationship</source>
        <translation>稱謂</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="14" />
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="14" />
        <source>Indigenous</source>
        <translation>原住民身分</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="14" />
        <source>Lives here</source>
        <translation>同住</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="15" />
        <source>Days in Taiwan last year</source>
        <translation>去年在臺天數</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="15" />
        <source>Monthly income</source>
        <translation>每月收入</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="16" />
        <source>Savings and other movable assets</source>
        <translation>存款及其他動產</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="16" />
        <source>Value of real estate</source>
        <translation>不動產價值</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="17" />
        <source>Employed</source>
        <translation>就業中</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="17" />
        <source>Able to work</source>
        <translation>工作能力</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="17" />
        <source>Student</source>
        <translation>在學</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="18" />
        <source>Allowed to work in Taiwan</source>
        <translation>可在臺工作</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="18" />
        <source>Disability</source>
        <translation>身心障礙</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="19" />
        <source>Long-term care level</source>
        <translation>長照失能等級</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="19" />
        <source>Lives in an institution</source>
        <translation>住在機構</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="20" />
        <source>Citizen digital certificate expiry</source>
        <translation>自然人憑證到期日</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="20" />
        <source>Old resident ID</source>
        <translation>舊式居留證號</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="29" />
        <source>a household member</source>
        <translation>一位家戶成員</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="29" />
        <source>a relative living elsewhere</source>
        <translation>一位不同住親屬</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="38" />
        <source>%1 (the whole entry)</source>
        <translation>%1（整筆資料）</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="46" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="46" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>HelperScreen</name>
    <message>
        <location filename="../../../ui/screens/helper.py" line="63" />
        <source>How old are you?</source>
        <translation>您幾歲？</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="63" />
        <source>Under 55</source>
        <translation>未滿 55 歲</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="63" />
        <source>55 to 64</source>
        <translation>55 到 64 歲</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="64" />
        <source>65 to 84</source>
        <translation>65 到 84 歲</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="64" />
        <source>85 or older</source>
        <translation>85 歲以上</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="65" />
        <source>Do you live alone?</source>
        <translation>您一個人住嗎？</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="65" />
        <location filename="../../../ui/screens/helper.py" line="70" />
        <location filename="../../../ui/screens/helper.py" line="71" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="65" />
        <location filename="../../../ui/screens/helper.py" line="67" />
        <location filename="../../../ui/screens/helper.py" line="70" />
        <location filename="../../../ui/screens/helper.py" line="71" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="66" />
        <source>Do you have a disability certificate?</source>
        <translation>您有身心障礙證明嗎？</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="67" />
        <source>Yes, mild</source>
        <translation>有，輕度</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="67" />
        <source>Yes, moderate</source>
        <translation>有，中度</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="68" />
        <source>Yes, severe or very severe</source>
        <translation>有，重度或極重度</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="69" />
        <source>Is your household's monthly income per person below NT$20,000?</source>
        <translation>您家每人每月收入低於兩萬元嗎？</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="70" />
        <source>I don't know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="71" />
        <source>Did you come to Taiwan through marriage?</source>
        <translation>您是因婚姻來臺灣的嗎？</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="75" />
        <source>Welfare helper</source>
        <translation>福利小幫手</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="79" />
        <source>Previous question</source>
        <translation>上一題</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="110" />
        <source>Question %1 of %2</source>
        <translation>第 %1 題，共 %2 題</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="121" />
        <source>Your answers are not stored. Only an officer can confirm eligibility.</source>
        <translation>您的回答不會被保存。是否符合資格須由公務人員確認。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="122" />
        <source>Services you may receive</source>
        <translation>您可能可以申請的福利</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="130" />
        <source>Checking…</source>
        <translation>檢查中…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="134" />
        <location filename="../../../ui/screens/helper.py" line="179" />
        <source>We found no service from your answers. An officer can still check with you: call 1957.</source>
        <translation>依您的回答沒有找到福利。仍可請公務人員協助確認：請撥 1957。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="80" />
        <source>What to do next</source>
        <translation>接下來可以這樣做</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="81" />
        <source>Print a summary to take with you</source>
        <translation>列印結果帶回家</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="82" />
        <source>Show the summary to an officer at your district office, or call 1957 (free of charge): they can check with you and help you apply.</source>
        <translation>請把這份結果拿給區公所的承辦人員看，或撥打 1957 福利諮詢專線（免付費）：他們會和您一起確認，並協助您申請。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="83" />
        <source>Start over</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="141" />
        <location filename="../../../ui/screens/helper.py" line="177" />
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="192" />
        <source>No printer is connected. Please write down the services, or ask an officer.</source>
        <translation>目前沒有連接印表機。請把服務名稱抄下來，或請承辦人員協助。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="198" />
        <source>Printed. Please take the paper with you.</source>
        <translation>已列印，請記得帶走。</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../../ui/screens/home.py" line="58" />
        <source>Today's visits</source>
        <translation>今日訪視</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="62" />
        <location filename="../../../ui/screens/home.py" line="130" />
        <source>Find a household</source>
        <translation>查詢住戶</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="63" />
        <source>Applications</source>
        <translation>申請案件</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="64" />
        <source>Needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="65" />
        <source>Who to visit first, and why</source>
        <translation>優先訪視對象與原因</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="95" />
        <source>Checking every household against the service rules…</source>
        <translation>正在依福利規則檢查每一戶…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="114" />
        <source>Visit plan ready: %1 household(s)</source>
        <translation>訪視清單完成：%1 戶</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="129" />
        <source>No household needs a visit now: the service rules found nothing unclaimed.</source>
        <translation>目前沒有需要訪視的住戶：依服務規則，沒有找到尚未申請的福利。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="135" />
        <source>%1 household(s) to visit</source>
        <translation>建議訪視 %1 戶</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="145" />
        <source>%1 a month unclaimed</source>
        <translation>每月尚未領取 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="136" />
        <location filename="../../../ui/screens/home.py" line="162" />
        <source>Open the household</source>
        <translation>開啟這一戶</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../../ui/screens/household.py" line="65" />
        <location filename="../../../ui/screens/household.py" line="134" />
        <source>Household</source>
        <translation>戶號</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="68" />
        <source>People in the household</source>
        <translation>戶內人口</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="69" />
        <source>Services</source>
        <translation>福利服務</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="70" />
        <source>Reminders</source>
        <translation>提醒事項</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="71" />
        <source>Applications</source>
        <translation>申請案件</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="72" />
        <source>Resolve changed fields</source>
        <translation>處理被修改的欄位</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="136" />
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="141" />
        <source>Changed here and at the agency: please check</source>
        <translation>本機與機關都改過資料：請確認</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="142" />
        <source>Up to date on this device</source>
        <translation>本機資料是最新的</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="146" />
        <source>%1 years old</source>
        <translation>%1 歲</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="157" />
        <source>Checking which services apply…</source>
        <translation>正在檢查適用的福利…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="164" />
        <source>No service found for this household today.</source>
        <translation>目前沒有找到這一戶適用的福利。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="178" />
        <source>whole household</source>
        <translation>全戶</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="179" />
        <source>Receiving</source>
        <translation>正在領取</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="184" />
        <source>Start an application</source>
        <translation>開始申請</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="191" />
        <source>No applications yet.</source>
        <translation>尚無申請。</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../../ui/keypad.py" line="45" />
        <source>Delete last character</source>
        <translation>刪除最後一個字</translation>
    </message>
    <message>
        <location filename="../../../ui/keypad.py" line="46" />
        <source>Clear</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <location filename="../../../ui/keypad.py" line="48" />
        <source>Slash</source>
        <translation>斜線</translation>
    </message>
</context>
<context>
    <name>ListState</name>
    <message>
        <location filename="../../../ui/list_state.py" line="55" />
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/shell.py" line="91" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="91" />
        <source>Go to the previous screen (Alt+Left)</source>
        <translation>回到上一個畫面（Alt+←方向鍵）</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="92" />
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="93" />
        <source>Read aloud</source>
        <translation>朗讀</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="93" />
        <source>Read this screen aloud (F1)</source>
        <translation>朗讀這個畫面（F1）</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="94" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="94" />
        <source>Language, text size, colours and voice</source>
        <translation>語言、字體大小、顏色與語音</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="95" />
        <source>End session</source>
        <translation>結束使用</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="95" />
        <source>Lock</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="96" />
        <location filename="../../../ui/shell.py" line="97" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="99" />
        <source>Kiosk: e-services delivered home</source>
        <translation>e化服務宅配到家</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../../ui/page_header.py" line="50" />
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Questions</source>
        <translation>填寫問題</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Documents</source>
        <translation>應備文件</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="59" />
        <source>E-services delivered home</source>
        <translation>e化服務宅配到家</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="109" />
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="113" />
        <source>Print (A4)</source>
        <translation>列印（A4）</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="114" />
        <source>Print (80 mm)</source>
        <translation>列印（80 mm 收據）</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="115" />
        <location filename="../../../ui/screens/receipt.py" line="187" />
        <source>Save as PDF</source>
        <translation>另存 PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="116" />
        <source>News and reminders by text message or e-mail…</source>
        <translation>以簡訊或電子郵件接收進度通知與提醒…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="155" />
        <source>Receipt preview, tracking number %1</source>
        <translation>收據預覽，收件編號 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="183" />
        <source>Sent to the printer</source>
        <translation>已送到印表機</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="196" />
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../../ui/screens/review.py" line="53" />
        <source>Check before sending</source>
        <translation>送出前確認</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="61" />
        <source>Submit the application</source>
        <translation>送出申請</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="83" />
        <source>You are applying for: %1</source>
        <translation>申請項目：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="58" />
        <source>About the applicant</source>
        <translation>申請人資料</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="58" />
        <source>Answers</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="59" />
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="59" />
        <location filename="../../../ui/screens/review.py" line="109" />
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="60" />
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="87" />
        <source>Applicant</source>
        <translation>申請人</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="91" />
        <source>Not answered yet</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="104" />
        <source>Documents attached</source>
        <translation>已附文件</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="105" />
        <source>%1 file(s)</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="106" />
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="108" />
        <source>Consent given by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="109" />
        <source>No consent yet</source>
        <translation>尚未取得同意</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="111" />
        <source>consent</source>
        <translation>同意書</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="114" />
        <source>Still needed before sending:</source>
        <translation>送出前還需要：</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="130" />
        <source>Application submitted. It will be sent at the next sync.</source>
        <translation>申請已送出，下次同步時會傳給機關。</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../../ui/screens/search.py" line="44" />
        <source>Find a household</source>
        <translation>查詢住戶</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="48" />
        <source>&amp;Name, ID number or its last 4 digits, phone, address or household number</source>
        <translation>姓名、身分證號或末4碼、電話、地址或戶號</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="49" />
        <source>Search households</source>
        <translation>查詢住戶</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="50" />
        <source>for example 秀英 or 0912</source>
        <translation>例如：秀英 或 0912</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="103" />
        <source>No household matches. Check the spelling or try part of the name.</source>
        <translation>查無符合的住戶，請檢查字或只輸入部分姓名。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="104" />
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="106" />
        <source>%1 household(s) found</source>
        <translation>找到 %1 戶</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../../../ui/service_card.py" line="76" />
        <location filename="../../../ui/service_card.py" line="83" />
        <location filename="../../../ui/service_card.py" line="84" />
        <source>Why?</source>
        <translation>為什麼？</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../../ui/screens/settings.py" line="101" />
        <location filename="../../../ui/screens/settings.py" line="235" />
        <source>This is how I sound.</source>
        <translation>這是我的聲音。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="107" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="111" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="112" />
        <source>Text size</source>
        <translation>字體大小</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="113" />
        <source>Colours</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="115" />
        <source>Automatic lock</source>
        <translation>自動鎖定</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="121" />
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="122" />
        <source>High contrast</source>
        <translation>高對比</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="114" />
        <source>Voice</source>
        <translation>語音</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="116" />
        <source>Household data</source>
        <translation>住戶資料</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="117" />
        <source>Import households from a file…</source>
        <translation>從檔案匯入住戶…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="118" />
        <source>A JSON or CSV file of households, for example from the district office</source>
        <translation>住戶的 JSON 或 CSV 檔案，例如戶政事務所提供的檔案</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="119" />
        <source>Save today's receipts as PDF…</source>
        <translation>將今天的收據存成 PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="120" />
        <source>One PDF file for each application submitted today, in a folder you choose</source>
        <translation>今天送出的每一件申請各存成一個 PDF 檔，放在您選擇的資料夾</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="123" />
        <source>Read prompts and errors aloud automatically</source>
        <translation>自動朗讀提示與錯誤訊息</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="128" />
        <source>Speaking &amp;rate</source>
        <translation>語速</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="129" />
        <source>Speaking rate</source>
        <translation>語速</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="130" />
        <source>&amp;Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="131" />
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="132" />
        <source>Try the voice</source>
        <translation>試聽語音</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="133" />
        <source>&amp;Lock automatically after (minutes without use)</source>
        <translation>閒置幾分鐘後自動鎖定</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="134" />
        <source>Lock automatically after (minutes without use)</source>
        <translation>閒置幾分鐘後自動鎖定</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="141" />
        <source>Import households from a file</source>
        <translation>從檔案匯入住戶</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="142" />
        <source>Household files (*.json *.csv)</source>
        <translation>住戶檔案 (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="153" />
        <source>Save today's receipts as PDF</source>
        <translation>將今天的收據存成 PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="165" />
        <source>No application was submitted today: there is no receipt to save.</source>
        <translation>今天沒有送出任何申請，沒有收據需要儲存。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="170" />
        <source>An import or a batch of documents is still running. Please wait until it ends.</source>
        <translation>匯入或批次製作文件仍在進行中，請等它完成後再試。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="206" />
        <source>reads aloud by itself</source>
        <translation>自動朗讀</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="206" />
        <source>reads aloud when asked</source>
        <translation>按「朗讀」時才朗讀</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="207" />
        <source>Now: %1</source>
        <translation>目前：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="124" />
        <location filename="../../../ui/screens/settings.py" line="125" />
        <location filename="../../../ui/screens/settings.py" line="126" />
        <source>Vietnamese voice</source>
        <translation>越南語語音</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="125" />
        <source>Northern</source>
        <translation>北部口音</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="126" />
        <source>Southern</source>
        <translation>南部口音</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="59" />
        <source>Check my application</source>
        <translation>查詢我的申請</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="67" />
        <source>&amp;Tracking number (on your receipt)</source>
        <translation>收件編號（印在收據上）</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="68" />
        <source>Tracking number</source>
        <translation>收件編號</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="69" />
        <source>Check</source>
        <translation>查詢</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="70" />
        <source>Scan the receipt's QR code</source>
        <translation>掃描收據上的 QR 碼</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="71" />
        <source>Tell me when there is news (text message or e-mail)…</source>
        <translation>有新進度時通知我（簡訊或電子郵件）…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="106" />
        <source>Put your receipt on the scanner with the QR code facing the glass and press the scanner's button. Then press this button again.</source>
        <translation>請把收據放在掃描器上，QR 碼朝向玻璃面，按下掃描器的按鈕，再按一次這個按鈕。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="129" />
        <source>This code is not a genuine Kiosk receipt.</source>
        <translation>這不是有效的 e化服務收據。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="85" />
        <location filename="../../../ui/screens/status_check.py" line="130" />
        <source>No application with this number. Check the number on your receipt.</source>
        <translation>查無此編號的申請，請核對收據上的編號。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="64" />
        <location filename="../../../ui/screens/status_check.py" line="83" />
        <location filename="../../../ui/screens/status_check.py" line="132" />
        <source>Need help? Call 1957.</source>
        <translation>需要協助？請撥 1957。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="136" />
        <source>Please bring the missing documents to your district office or call 1957.</source>
        <translation>請把缺少的文件帶到區公所，或撥 1957。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="137" />
        <source>A letter with the decision will be sent to you.</source>
        <translation>審核結果會寄信通知您。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="138" />
        <source>The agency is reviewing it. You do not need to do anything.</source>
        <translation>機關正在審核，您不需要做任何事。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="139" />
        <source>It will be sent to the agency soon.</source>
        <translation>很快就會送到機關。</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../../ui/still_there.py" line="38" />
        <source>Are you still there?</source>
        <translation>您還在嗎？</translation>
    </message>
    <message>
        <location filename="../../../ui/still_there.py" line="39" />
        <source>Yes, continue</source>
        <translation>是，繼續</translation>
    </message>
    <message>
        <location filename="../../../ui/still_there.py" line="51" />
        <source>To protect your privacy, this screen will be cleared in %1 seconds.</source>
        <translation>為保護您的隱私，畫面將在 %1 秒後清除。</translation>
    </message>
</context>
<context>
    <name>SubscribeScreen</name>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="100" />
        <source>News and reminders</source>
        <translation>進度通知與提醒</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="104" />
        <source>If you wish, we tell you when there is news about your application and remind you of your household's due dates. Messages say only that there is news and how to check it. You can stop them at any time.</source>
        <translation>如果您願意，我們會在您的申請案件有新進度時通知您，並提醒您家戶應辦事項的到期日。通知只會告訴您有新消息及查詢方式。您隨時可以停止接收。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="107" />
        <source>Read the notice aloud</source>
        <translation>朗讀告知事項</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="109" />
        <source>What would you like to receive?</source>
        <translation>您想接收哪些通知？</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="110" />
        <source>News about my applications</source>
        <translation>我的申請案件進度</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="111" />
        <source>Reminders of my household's due dates</source>
        <translation>我家戶應辦事項的到期提醒</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="112" />
        <source>How should we tell you? Fill in one or more.</source>
        <translation>要用什麼方式通知您？可以填一種或多種。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="113" />
        <source>&amp;Mobile number for text messages (starts with 09)</source>
        <translation>接收簡訊的手機號碼（09 開頭）</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="114" />
        <source>Mobile number for text messages</source>
        <translation>接收簡訊的手機號碼</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="115" />
        <source>&amp;E-mail address</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="116" />
        <source>E-mail address</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="117" />
        <source>Add to my calendar</source>
        <translation>加到我的行事曆</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="118" />
        <source>Who agrees?</source>
        <translation>由誰同意？</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="119" />
        <source>I am the citizen</source>
        <translation>我是本人</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="120" />
        <source>A family member, for the citizen</source>
        <translation>家人代為訂閱</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="121" />
        <source>&amp;Relationship to the citizen</source>
        <translation>與申請人的關係</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="122" />
        <source>Relationship to the citizen</source>
        <translation>與申請人的關係</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="123" />
        <source>Agree and subscribe</source>
        <translation>同意並訂閱</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="124" />
        <source>Not now</source>
        <translation>現在不用</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="199" />
        <source>Subscribed. You can stop the messages at any time.</source>
        <translation>已訂閱。您隨時可以停止接收通知。</translation>
    </message>
</context>
<context>
    <name>SubscriptionList</name>
    <message>
        <location filename="../../../ui/subscription_list.py" line="54" />
        <source>News and reminders</source>
        <translation>進度通知與提醒</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="55" />
        <source>Subscribe to news and reminders…</source>
        <translation>訂閱進度通知與提醒…</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="74" />
        <source>Text message</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="74" />
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="74" />
        <source>Calendar</source>
        <translation>行事曆</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="99" />
        <source>No one has subscribed yet. The citizen or a family member can get news of applications and reminders.</source>
        <translation>還沒有人訂閱。民眾本人或家人可以收到申請進度通知與提醒。</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="103" />
        <source>application news</source>
        <translation>案件進度</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="103" />
        <source>reminders</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="104" />
        <source>a family member (%1)</source>
        <translation>家人（%1）</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="105" />
        <source>the citizen</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="106" />
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="112" />
        <source>Calendar link: %1</source>
        <translation>行事曆連結：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="114" />
        <source>Stop these messages</source>
        <translation>停止這些通知</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="115" />
        <source>Withdraws the consent at once: %1</source>
        <translation>立即撤回同意：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="122" />
        <source>Stopped: no more messages will be sent.</source>
        <translation>已停止：不會再寄送任何通知。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../../ui/sync_controller.py" line="89" />
        <source>Sync finished: everything is sent and up to date.</source>
        <translation>同步完成：全部已送出且是最新資料。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="91" />
        <source>Sync stopped before the end; it will retry.</source>
        <translation>同步中途停止，稍後會再試。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="99" />
        <source>The hub could not be reached.</source>
        <translation>連不到平台。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="110" />
        <source>Offline or the hub is unreachable: applications wait safely on this device.</source>
        <translation>目前離線或連不到平台：申請會安全地保存在本機等待。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="111" />
        <source>The officer must log in to the hub again (enrol this device again).</source>
        <translation>公務人員須重新登入平台（重新註冊設備）。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="112" />
        <source>This app is too old for the hub: please update it.</source>
        <translation>程式版本太舊，請更新。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="113" />
        <source>The hub's security certificate is not trusted.</source>
        <translation>平台的安全憑證不受信任。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="114" />
        <source>The hub refused this device.</source>
        <translation>平台拒絕這台設備。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="115" />
        <source>Sync took too long and will continue later.</source>
        <translation>同步太久，稍後會繼續。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="116" />
        <source>The agency wiped this device.</source>
        <translation>機關已清除這台設備的資料。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="150" />
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="150" />
        <source>Sync is running</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="153" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="155" />
        <source>No hub</source>
        <translation>未連線平台</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="155" />
        <source>This device is not enrolled with an agency hub</source>
        <translation>這台設備尚未向機關平台註冊</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="160" />
        <source>%1 to check</source>
        <translation>%1 件待確認</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="162" />
        <source>%1 waiting</source>
        <translation>%1 件待送出</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="164" />
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="165" />
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="166" />
        <source>Last complete sync: %1</source>
        <translation>上次完整同步：%1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="41" />
        <source>Sync with the agency</source>
        <translation>與機關同步</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="45" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="46" />
        <source>Needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="47" />
        <source>Sync progress</source>
        <translation>同步進度</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="86" />
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="104" />
        <source>This device is not connected to an agency hub yet. IT enrols it with a one-time code.</source>
        <translation>這台設備還沒有連上機關平台。請資訊人員用一次性代碼註冊。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="108" />
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="109" />
        <source>Last complete sync: %1</source>
        <translation>上次完整同步：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="110" />
        <source>Waiting to be sent: %1</source>
        <translation>等待送出：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="112" />
        <source>Needs attention: %1</source>
        <translation>需要處理：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="118" />
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="121" />
        <source>Everything is sent</source>
        <translation>全部都已送出</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="121" />
        <source>Something is waiting</source>
        <translation>還有資料等待送出</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="42" />
        <source>Officer</source>
        <translation>公務人員</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="42" />
        <source>Volunteer</source>
        <translation>志工</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="43" />
        <source>Self-service kiosk (staff unlock)</source>
        <translation>自助服務機（由工作人員開啟）</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="44" />
        <source>Mode: %1. Enter your PIN to open the households on this device.</source>
        <translation>模式：%1。請輸入密碼開啟本機的住戶資料。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="45" />
        <source>&amp;PIN</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="46" />
        <source>PIN</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="47" />
        <source>Unlock</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="50" />
        <source>Kiosk is locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="62" />
        <source>Please enter your PIN.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="66" />
        <source>Opening the encrypted store…</source>
        <translation>正在開啟加密資料…</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="52" />
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="57" />
        <source>Welcome. How can we help you today?</source>
        <translation>歡迎！今天需要什麼協助？</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="58" />
        <source>Touch a large button. Everything on this screen can be read aloud: touch “Read aloud” at the top.</source>
        <translation>請按大按鈕。畫面上的內容都可以朗讀：請按上方的「朗讀」。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="59" />
        <source>Choose your language</source>
        <translation>請選擇語言</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="60" />
        <source>What would you like to do?</source>
        <translation>請問您想做什麼？</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="61" />
        <source>Welfare helper</source>
        <translation>福利小幫手</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="62" />
        <source>Answer a few questions and see which services you may receive. Nothing is stored.</source>
        <translation>回答幾個問題，看看您可能可以領哪些福利。資料不會被保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="63" />
        <source>Check my application</source>
        <translation>查詢我的申請</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="64" />
        <source>Type the tracking number from your receipt, or scan its QR code.</source>
        <translation>輸入收據上的收件編號，或掃描收據上的 QR 碼。</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="55" />
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="59" />
        <source>Previous</source>
        <translation>上一題</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="60" />
        <location filename="../../../ui/screens/wizard.py" line="130" />
        <source>Next</source>
        <translation>下一題</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="106" />
        <source>Question %1 of %2</source>
        <translation>第 %1 題，共 %2 題</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="108" />
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="124" />
        <source>Filled in from the household record: please confirm with the citizen.</source>
        <translation>已依戶籍資料填好：請與民眾確認。</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="130" />
        <source>Next: consent</source>
        <translation>下一步：同意</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="151" />
        <location filename="../../../ui/screens/wizard.py" line="152" />
        <source>Draft saved</source>
        <translation>草稿已儲存</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../../ui/words.py" line="14" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="16" />
        <source>Waiting to upload</source>
        <translation>待上傳</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="18" />
        <source>Under review by the agency</source>
        <translation>機關審核中</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="18" />
        <source>Sent</source>
        <translation>已送出</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="20" />
        <source>Documents needed</source>
        <translation>需補件</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="22" />
        <source>Approved</source>
        <translation>核准</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="22" />
        <source>Not approved</source>
        <translation>未核准</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="24" />
        <source>Needs correction</source>
        <translation>需要修正</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="26" />
        <source>Changed elsewhere: check</source>
        <translation>他處已修改：請確認</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>head of household</source>
        <translation>戶長</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="32" />
        <source>grandchild</source>
        <translation>孫子女</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="32" />
        <source>grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="32" />
        <source>sibling</source>
        <translation>兄弟姊妹</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>parent-in-law</source>
        <translation>公婆岳父母</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>child-in-law</source>
        <translation>媳婿</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>lodger</source>
        <translation>寄居</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>relative</source>
        <translation>親屬</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="37" />
        <source>a month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="37" />
        <source>a year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="37" />
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="41" />
        <source>yearly review of the low-income status</source>
        <translation>低收入戶年度總清查</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="42" />
        <source>citizen digital certificate expires</source>
        <translation>自然人憑證即將到期</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="43" />
        <source>disability certificate to renew</source>
        <translation>身心障礙證明須重新鑑定</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="44" />
        <source>old-format resident ID to replace</source>
        <translation>舊式居留證號須換新</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="45" />
        <source>turns 65: new services</source>
        <translation>滿 65 歲：有新的福利</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="45" />
        <source>reminder</source>
        <translation>提醒</translation>
    </message>
</context>
</TS>