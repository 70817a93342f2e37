<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Drive</source>
      <translation>磁碟機</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>資料夾</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>查看位置(&amp;L)：</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>檔案類型(&amp;T)：</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Double Sided Printing</source>
      <translation>雙面列印</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>長邊翻頁</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>關閉</translation>
    </message>
    <message>
      <source>Page &amp;Set:</source>
      <translation>列印頁面(&amp;S)：</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>短邊翻頁</translation>
    </message>
  </context>
</TS>