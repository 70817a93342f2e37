<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>Answer</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="135" />
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../../ui/answer_controls.py" line="135" />
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../ui/app.py" line="81" />
        <source>No voice for this language is installed; another voice reads instead.</source>
        <translation>Suara untuk bahasa ini belum terpasang; suara lain yang akan membaca.</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="82" />
        <source>Speech is not available on this computer.</source>
        <translation>Fitur suara tidak tersedia di komputer ini.</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../../ui/screens/applications.py" line="39" />
        <source>Applications</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="79" />
        <source>No application has been started on this device yet. Applications start from a household.</source>
        <translation>Belum ada permohonan di perangkat ini. Permohonan dimulai dari data rumah tangga.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="80" />
        <source>Find a household</source>
        <translation>Cari rumah tangga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="83" />
        <source>%1 application(s)</source>
        <translation>%1 permohonan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/applications.py" line="89" />
        <source>Tracking number</source>
        <translation>Nomor pelacakan</translation>
    </message>
</context>
<context>
    <name>AttachmentsScreen</name>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="66" />
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="70" />
        <location filename="../../../ui/screens/attachments.py" line="151" />
        <source>Add a file</source>
        <translation>Tambah berkas</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="71" />
        <source>Add the newest scan</source>
        <translation>Tambah hasil pindai terbaru</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="72" />
        <source>Next: review</source>
        <translation>Berikutnya: periksa</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="116" />
        <source>Documents this service asks for:</source>
        <translation>Dokumen yang diminta layanan ini:</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="117" />
        <source>This service needs no documents.</source>
        <translation>Layanan ini tidak memerlukan dokumen.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="120" />
        <source>No document added yet. Scan the paper, or add a photo or PDF.</source>
        <translation>Belum ada dokumen. Pindai dokumen kertas, atau tambahkan foto atau berkas PDF.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="133" />
        <source>Preview of %1</source>
        <translation>Pratinjau %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="137" />
        <source>Turn</source>
        <translation>Putar</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="138" />
        <source>Turn %1 a quarter</source>
        <translation>Putar %1 seperempat putaran</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="139" />
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="140" />
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="152" />
        <source>Images and PDF</source>
        <translation>Gambar dan PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="169" />
        <source>No scan found in %1</source>
        <translation>Tidak ada hasil pindai di %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="172" />
        <source>Document added; the scan was removed from the scanner folder</source>
        <translation>Dokumen ditambahkan; hasil pindaian sudah dihapus dari folder pemindai</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="183" />
        <source>Document added</source>
        <translation>Dokumen ditambahkan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attachments.py" line="203" />
        <source>Document removed</source>
        <translation>Dokumen dihapus</translation>
    </message>
</context>
<context>
    <name>AttentionScreen</name>
    <message>
        <location filename="../../../ui/screens/attention.py" line="38" />
        <source>Needs attention</source>
        <translation>Perlu ditangani</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="83" />
        <source>Nothing needs attention: no application was refused and no household waits for a choice.</source>
        <translation>Tidak ada yang perlu ditangani: tidak ada permohonan yang ditolak dan tidak ada rumah tangga yang menunggu pilihan.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="84" />
        <source>Back to today's visits</source>
        <translation>Kembali ke kunjungan hari ini</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="87" />
        <source>%1 item(s) to fix</source>
        <translation>%1 hal perlu diperbaiki</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="106" />
        <source>Fix and send again</source>
        <translation>Perbaiki dan kirim ulang</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="92" />
        <source>Household %1 was changed here and at the agency</source>
        <translation>Rumah tangga %1 diubah di sini dan di instansi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/attention.py" line="93" />
        <source>Choose which value to keep</source>
        <translation>Pilih nilai yang disimpan</translation>
    </message>
</context>
<context>
    <name>ConflictScreen</name>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="53" />
        <source>Choose which value to keep</source>
        <translation>Pilih nilai yang disimpan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="57" />
        <source>This household was changed on this device and at the agency. For each field, keep yours or the agency's.</source>
        <translation>Rumah tangga ini diubah di perangkat ini dan di instansi. Untuk setiap isian, pilih milik Anda atau milik instansi.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="58" />
        <source>Keep these and send</source>
        <translation>Simpan pilihan ini dan kirim</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="97" />
        <source>This household changed while you were choosing: what is shown now is the newest. Please check your choices again.</source>
        <translation>Rumah tangga ini berubah saat Anda sedang memilih: yang tampil sekarang adalah yang terbaru. Mohon periksa kembali pilihan Anda.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="121" />
        <source>Nothing to choose: this household has no values that differ from the agency's.</source>
        <translation>Tidak ada yang perlu dipilih: data rumah tangga ini sama dengan data instansi.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="122" />
        <source>Open the household</source>
        <translation>Buka data rumah tangga ini</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="132" />
        <source>Original</source>
        <translation>Semula</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="135" />
        <source>Mine (this device)</source>
        <translation>Milik saya (perangkat ini)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="136" />
        <source>The agency's</source>
        <translation>Milik instansi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/conflict.py" line="153" />
        <source>Saved. It will be sent at the next sync.</source>
        <translation>Tersimpan. Akan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../../ui/screens/consent.py" line="71" />
        <source>Privacy notice and consent</source>
        <translation>Pemberitahuan privasi dan persetujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="75" />
        <source>Read the notice aloud</source>
        <translation>Bacakan pemberitahuan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="76" />
        <source>How your personal data is used</source>
        <translation>Cara data pribadi Bapak/Ibu digunakan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="77" />
        <source>Who agrees, and how?</source>
        <translation>Siapa yang menyetujui, dan bagaimana?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="78" />
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="80" />
        <source>The citizen signs</source>
        <translation>Warga menandatangani sendiri</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="80" />
        <source>The citizen signs on the pad below.</source>
        <translation>Warga menandatangani sendiri pada kotak tanda tangan di bawah.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="81" />
        <source>A family member signs</source>
        <translation>Anggota keluarga menandatangani</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="82" />
        <source>A family member signs for the citizen and says how they are related.</source>
        <translation>Anggota keluarga menandatangani atas nama warga dan menyebutkan hubungannya.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="83" />
        <source>Fingerprint and two witnesses</source>
        <translation>Cap jari dan dua saksi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="84" />
        <source>The citizen gives a fingerprint on paper; two witnesses write their names here.</source>
        <translation>Warga membubuhkan cap jari di kertas; dua saksi menuliskan nama mereka di sini.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="86" />
        <source>&amp;Name of the person agreeing</source>
        <translation>&amp;Nama orang yang menyetujui</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="87" />
        <source>&amp;Relationship to the citizen</source>
        <translation>&amp;Hubungan dengan warga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="89" />
        <source>Witness %1: name</source>
        <translation>Saksi %1: nama</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="93" />
        <source>Also agrees to the use of health data (needed for this service)</source>
        <translation>Juga menyetujui penggunaan data kesehatan (diperlukan layanan ini)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="94" />
        <source>Sign here with a finger, a pen or the mouse</source>
        <translation>Tanda tangan di sini dengan jari, pena, atau mouse</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="96" />
        <source>Signature pad. Undo removes the last stroke.</source>
        <translation>Kotak tanda tangan. Urungkan menghapus goresan terakhir.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="97" />
        <source>Undo last stroke</source>
        <translation>Urungkan goresan terakhir</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="98" />
        <source>Clear and sign again</source>
        <translation>Hapus dan tanda tangan ulang</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="99" />
        <source>I agree and sign</source>
        <translation>Saya setuju dan menandatangani</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="100" />
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="156" />
        <source>Please sign in the box first.</source>
        <translation>Silakan tanda tangan di kotak terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/consent.py" line="159" />
        <source>Consent recorded</source>
        <translation>Persetujuan dicatat</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <location filename="../../../ui/answer_controls.py" line="102" />
        <source>Type the date with number keys</source>
        <translation>Ketik tanggal dengan tombol angka</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../../ui/date_picker.py" line="77" />
        <source>Choose the decade</source>
        <translation>Pilih dasawarsa</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="81" />
        <source>Choose the year</source>
        <translation>Pilih tahun</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="85" />
        <source>Choose the month</source>
        <translation>Pilih bulan</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="89" />
        <source>Choose the day</source>
        <translation>Pilih tanggal</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="92" />
        <source>Back one step</source>
        <translation>Kembali satu langkah</translation>
    </message>
    <message>
        <location filename="../../../ui/date_picker.py" line="95" />
        <source>ROC %1</source>
        <translation>tahun ROC %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../ui/errors.py" line="63" />
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>Disk penuh. Tidak ada yang hilang; kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="65" />
        <source>Kiosk may not write to its data folder. Ask IT to check the folder's permissions.</source>
        <translation>Kiosk tidak boleh menulis ke folder datanya. Minta petugas TI memeriksa izin folder.</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="68" />
        <source>The household store is busy or locked by another program. Close other Kiosk windows and try again.</source>
        <translation>Penyimpanan data rumah tangga sedang sibuk atau dikunci program lain. Tutup jendela Kiosk lain lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="70" />
        <source>The agency hub cannot be reached. Your work is kept on this device and will be sent later.</source>
        <translation>Server instansi tidak dapat dihubungi. Pekerjaan Anda disimpan di perangkat ini dan akan dikirim nanti.</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="71" />
        <source>Something went wrong. Your saved work is safe. If it happens again, tell IT and mention the time.</source>
        <translation>Terjadi kesalahan. Pekerjaan yang tersimpan aman. Jika terjadi lagi, beri tahu petugas TI dan sebutkan waktunya.</translation>
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
        <translation>Wilayah</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="11" />
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="12" />
        <source>Registered since</source>
        <translation>Terdaftar sejak</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="12" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="12" />
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="13" />
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="13" />
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="14" />
        <source>Nationality</source>
        <translation>Kewarganegaraan</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="14" />
        <source>Indigenous</source>
        <translation>Penduduk asli</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="14" />
        <source>Lives here</source>
        <translation>Tinggal di sini</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="15" />
        <source>Days in Taiwan last year</source>
        <translation>Hari di Taiwan tahun lalu</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="15" />
        <source>Monthly income</source>
        <translation>Penghasilan bulanan</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="16" />
        <source>Savings and other movable assets</source>
        <translation>Tabungan dan harta bergerak lain</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="16" />
        <source>Value of real estate</source>
        <translation>Nilai properti</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="17" />
        <source>Employed</source>
        <translation>Bekerja</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="17" />
        <source>Able to work</source>
        <translation>Mampu bekerja</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="17" />
        <source>Student</source>
        <translation>Pelajar</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="18" />
        <source>Allowed to work in Taiwan</source>
        <translation>Boleh bekerja di Taiwan</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="18" />
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="19" />
        <source>Long-term care level</source>
        <translation>Tingkat perawatan jangka panjang</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="19" />
        <source>Lives in an institution</source>
        <translation>Tinggal di panti</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="20" />
        <source>Citizen digital certificate expiry</source>
        <translation>Masa berlaku sertifikat digital warga</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="20" />
        <source>Old resident ID</source>
        <translation>Nomor izin tinggal lama</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="29" />
        <source>a household member</source>
        <translation>seorang anggota rumah tangga</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="29" />
        <source>a relative living elsewhere</source>
        <translation>seorang kerabat yang tinggal di tempat lain</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="38" />
        <source>%1 (the whole entry)</source>
        <translation>%1 (seluruh data)</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="46" />
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../../ui/field_words.py" line="46" />
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>HelperScreen</name>
    <message>
        <location filename="../../../ui/screens/helper.py" line="63" />
        <source>How old are you?</source>
        <translation>Berapa usia Bapak/Ibu?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="63" />
        <source>Under 55</source>
        <translation>Di bawah 55</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="63" />
        <source>55 to 64</source>
        <translation>55 sampai 64</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="64" />
        <source>65 to 84</source>
        <translation>65 sampai 84</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="64" />
        <source>85 or older</source>
        <translation>85 atau lebih</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="65" />
        <source>Do you live alone?</source>
        <translation>Apakah Bapak/Ibu tinggal sendiri?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="65" />
        <location filename="../../../ui/screens/helper.py" line="70" />
        <location filename="../../../ui/screens/helper.py" line="71" />
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="65" />
        <location filename="../../../ui/screens/helper.py" line="67" />
        <location filename="../../../ui/screens/helper.py" line="70" />
        <location filename="../../../ui/screens/helper.py" line="71" />
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="66" />
        <source>Do you have a disability certificate?</source>
        <translation>Apakah Bapak/Ibu punya sertifikat disabilitas?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="67" />
        <source>Yes, mild</source>
        <translation>Ya, ringan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="67" />
        <source>Yes, moderate</source>
        <translation>Ya, sedang</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="68" />
        <source>Yes, severe or very severe</source>
        <translation>Ya, berat atau sangat berat</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="69" />
        <source>Is your household's monthly income per person below NT$20,000?</source>
        <translation>Apakah penghasilan bulanan rumah tangga Bapak/Ibu per orang di bawah NT$20.000?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="70" />
        <source>I don't know</source>
        <translation>Saya tidak tahu</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="71" />
        <source>Did you come to Taiwan through marriage?</source>
        <translation>Apakah Bapak/Ibu datang ke Taiwan karena menikah?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="75" />
        <source>Welfare helper</source>
        <translation>Panduan bantuan sosial</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="79" />
        <source>Previous question</source>
        <translation>Pertanyaan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="110" />
        <source>Question %1 of %2</source>
        <translation>Pertanyaan %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="121" />
        <source>Your answers are not stored. Only an officer can confirm eligibility.</source>
        <translation>Jawaban Bapak/Ibu tidak disimpan. Hanya petugas yang dapat memastikan kelayakan.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="122" />
        <source>Services you may receive</source>
        <translation>Layanan yang mungkin Bapak/Ibu terima</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="130" />
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="134" />
        <location filename="../../../ui/screens/helper.py" line="179" />
        <source>We found no service from your answers. An officer can still check with you: call 1957.</source>
        <translation>Tidak ditemukan layanan dari jawaban Bapak/Ibu. Petugas tetap dapat memeriksa bersama Bapak/Ibu: hubungi 1957.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="80" />
        <source>What to do next</source>
        <translation>Langkah selanjutnya</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="81" />
        <source>Print a summary to take with you</source>
        <translation>Cetak ringkasan untuk dibawa pulang</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="82" />
        <source>Show the summary to an officer at your district office, or call 1957 (free of charge): they can check with you and help you apply.</source>
        <translation>Tunjukkan ringkasan ini kepada petugas di kantor distrik, atau telepon 1957 (gratis): petugas akan memeriksanya bersama Bapak/Ibu dan membantu mengajukan permohonan.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="83" />
        <source>Start over</source>
        <translation>Mulai dari awal</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="141" />
        <location filename="../../../ui/screens/helper.py" line="177" />
        <source>Phone: %1</source>
        <translation>Telepon: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="192" />
        <source>No printer is connected. Please write down the services, or ask an officer.</source>
        <translation>Tidak ada printer yang terhubung. Silakan catat nama layanannya, atau minta bantuan petugas.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/helper.py" line="198" />
        <source>Printed. Please take the paper with you.</source>
        <translation>Sudah dicetak. Jangan lupa membawa kertasnya.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../../ui/screens/home.py" line="58" />
        <source>Today's visits</source>
        <translation>Kunjungan hari ini</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="62" />
        <location filename="../../../ui/screens/home.py" line="130" />
        <source>Find a household</source>
        <translation>Cari rumah tangga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="63" />
        <source>Applications</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="64" />
        <source>Needs attention</source>
        <translation>Perlu ditangani</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="65" />
        <source>Who to visit first, and why</source>
        <translation>Siapa dikunjungi lebih dulu, dan mengapa</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="95" />
        <source>Checking every household against the service rules…</source>
        <translation>Memeriksa setiap rumah tangga dengan aturan layanan…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="114" />
        <source>Visit plan ready: %1 household(s)</source>
        <translation>Rencana kunjungan siap: %1 rumah tangga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="129" />
        <source>No household needs a visit now: the service rules found nothing unclaimed.</source>
        <translation>Saat ini tidak ada rumah tangga yang perlu dikunjungi: menurut aturan layanan, tidak ada bantuan yang belum diambil.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="135" />
        <source>%1 household(s) to visit</source>
        <translation>%1 rumah tangga untuk dikunjungi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="145" />
        <source>%1 a month unclaimed</source>
        <translation>%1 per bulan belum diklaim</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/home.py" line="136" />
        <location filename="../../../ui/screens/home.py" line="162" />
        <source>Open the household</source>
        <translation>Buka data rumah tangga ini</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../../ui/screens/household.py" line="65" />
        <location filename="../../../ui/screens/household.py" line="134" />
        <source>Household</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="68" />
        <source>People in the household</source>
        <translation>Anggota rumah tangga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="69" />
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="70" />
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="71" />
        <source>Applications</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="72" />
        <source>Resolve changed fields</source>
        <translation>Selesaikan isian yang berubah</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="136" />
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="141" />
        <source>Changed here and at the agency: please check</source>
        <translation>Diubah di sini dan di instansi: mohon periksa</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="142" />
        <source>Up to date on this device</source>
        <translation>Terbaru di perangkat ini</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="146" />
        <source>%1 years old</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="157" />
        <source>Checking which services apply…</source>
        <translation>Memeriksa layanan yang berlaku…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="164" />
        <source>No service found for this household today.</source>
        <translation>Hari ini tidak ada layanan untuk rumah tangga ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="178" />
        <source>whole household</source>
        <translation>seluruh rumah tangga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="179" />
        <source>Receiving</source>
        <translation>Sedang menerima</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="184" />
        <source>Start an application</source>
        <translation>Mulai permohonan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/household.py" line="191" />
        <source>No applications yet.</source>
        <translation>Belum ada permohonan.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../../ui/keypad.py" line="45" />
        <source>Delete last character</source>
        <translation>Hapus karakter terakhir</translation>
    </message>
    <message>
        <location filename="../../../ui/keypad.py" line="46" />
        <source>Clear</source>
        <translation>Hapus semua</translation>
    </message>
    <message>
        <location filename="../../../ui/keypad.py" line="48" />
        <source>Slash</source>
        <translation>Garis miring</translation>
    </message>
</context>
<context>
    <name>ListState</name>
    <message>
        <location filename="../../../ui/list_state.py" line="55" />
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/shell.py" line="91" />
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="91" />
        <source>Go to the previous screen (Alt+Left)</source>
        <translation>Ke layar sebelumnya (Alt+tombol panah kiri)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="92" />
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="93" />
        <source>Read aloud</source>
        <translation>Bacakan</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="93" />
        <source>Read this screen aloud (F1)</source>
        <translation>Bacakan layar ini (F1)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="94" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="94" />
        <source>Language, text size, colours and voice</source>
        <translation>Bahasa, ukuran teks, warna, dan suara</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="95" />
        <source>End session</source>
        <translation>Akhiri sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="95" />
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="96" />
        <location filename="../../../ui/shell.py" line="97" />
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="99" />
        <source>Kiosk: e-services delivered home</source>
        <translation>Kiosk: layanan elektronik diantar ke rumah</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../../ui/page_header.py" line="50" />
        <source>Step %1 of %2: %3</source>
        <translation>Langkah %1 dari %2: %3</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Questions</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Review</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="56" />
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <location filename="../../../ui/page_header.py" line="59" />
        <source>E-services delivered home</source>
        <translation>Layanan elektronik diantar ke rumah</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="109" />
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="113" />
        <source>Print (A4)</source>
        <translation>Cetak (A4)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="114" />
        <source>Print (80 mm)</source>
        <translation>Cetak (80 mm)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="115" />
        <location filename="../../../ui/screens/receipt.py" line="187" />
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="116" />
        <source>News and reminders by text message or e-mail…</source>
        <translation>Kabar dan pengingat lewat SMS atau e-mail…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="155" />
        <source>Receipt preview, tracking number %1</source>
        <translation>Pratinjau tanda terima, nomor pelacakan %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="183" />
        <source>Sent to the printer</source>
        <translation>Dikirim ke printer</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/receipt.py" line="196" />
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../../ui/screens/review.py" line="53" />
        <source>Check before sending</source>
        <translation>Periksa sebelum mengirim</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="61" />
        <source>Submit the application</source>
        <translation>Ajukan permohonan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="83" />
        <source>You are applying for: %1</source>
        <translation>Bapak/Ibu mengajukan: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="58" />
        <source>About the applicant</source>
        <translation>Data pemohon</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="58" />
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="59" />
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="59" />
        <location filename="../../../ui/screens/review.py" line="109" />
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="60" />
        <source>Change</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="87" />
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="91" />
        <source>Not answered yet</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="104" />
        <source>Documents attached</source>
        <translation>Dokumen terlampir</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="105" />
        <source>%1 file(s)</source>
        <translation>%1 berkas</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="106" />
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="108" />
        <source>Consent given by</source>
        <translation>Persetujuan diberikan oleh</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="109" />
        <source>No consent yet</source>
        <translation>Belum ada persetujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="111" />
        <source>consent</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="114" />
        <source>Still needed before sending:</source>
        <translation>Masih diperlukan sebelum mengirim:</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/review.py" line="130" />
        <source>Application submitted. It will be sent at the next sync.</source>
        <translation>Permohonan diajukan. Akan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../../ui/screens/search.py" line="44" />
        <source>Find a household</source>
        <translation>Cari rumah tangga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="48" />
        <source>&amp;Name, ID number or its last 4 digits, phone, address or household number</source>
        <translation>&amp;Nama, nomor identitas atau 4 angka terakhirnya, telepon, alamat, atau nomor rumah tangga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="49" />
        <source>Search households</source>
        <translation>Cari rumah tangga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="50" />
        <source>for example 秀英 or 0912</source>
        <translation>misalnya 秀英 atau 0912</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="103" />
        <source>No household matches. Check the spelling or try part of the name.</source>
        <translation>Tidak ada rumah tangga yang cocok. Periksa ejaan atau coba sebagian nama.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="104" />
        <source>Clear the search</source>
        <translation>Hapus pencarian</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/search.py" line="106" />
        <source>%1 household(s) found</source>
        <translation>%1 rumah tangga ditemukan</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../../../ui/service_card.py" line="76" />
        <location filename="../../../ui/service_card.py" line="83" />
        <location filename="../../../ui/service_card.py" line="84" />
        <source>Why?</source>
        <translation>Mengapa?</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../../ui/screens/settings.py" line="101" />
        <location filename="../../../ui/screens/settings.py" line="235" />
        <source>This is how I sound.</source>
        <translation>Beginilah suara saya.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="107" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="111" />
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="112" />
        <source>Text size</source>
        <translation>Ukuran teks</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="113" />
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="115" />
        <source>Automatic lock</source>
        <translation>Kunci otomatis</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="121" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="122" />
        <source>High contrast</source>
        <translation>Kontras tinggi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="114" />
        <source>Voice</source>
        <translation>Suara</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="116" />
        <source>Household data</source>
        <translation>Data rumah tangga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="117" />
        <source>Import households from a file…</source>
        <translation>Impor rumah tangga dari berkas…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="118" />
        <source>A JSON or CSV file of households, for example from the district office</source>
        <translation>Berkas JSON atau CSV berisi rumah tangga, misalnya dari kantor kependudukan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="119" />
        <source>Save today's receipts as PDF…</source>
        <translation>Simpan tanda terima hari ini sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="120" />
        <source>One PDF file for each application submitted today, in a folder you choose</source>
        <translation>Satu berkas PDF untuk setiap permohonan yang diajukan hari ini, di folder yang Anda pilih</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="123" />
        <source>Read prompts and errors aloud automatically</source>
        <translation>Bacakan petunjuk dan kesalahan secara otomatis</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="128" />
        <source>Speaking &amp;rate</source>
        <translation>&amp;Kecepatan bicara</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="129" />
        <source>Speaking rate</source>
        <translation>Kecepatan bicara</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="130" />
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="131" />
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="132" />
        <source>Try the voice</source>
        <translation>Coba suara</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="133" />
        <source>&amp;Lock automatically after (minutes without use)</source>
        <translation>&amp;Kunci otomatis setelah (menit tidak dipakai)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="134" />
        <source>Lock automatically after (minutes without use)</source>
        <translation>Kunci otomatis setelah (menit tidak dipakai)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="141" />
        <source>Import households from a file</source>
        <translation>Impor rumah tangga dari berkas</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="142" />
        <source>Household files (*.json *.csv)</source>
        <translation>Berkas rumah tangga (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="153" />
        <source>Save today's receipts as PDF</source>
        <translation>Simpan tanda terima hari ini sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="165" />
        <source>No application was submitted today: there is no receipt to save.</source>
        <translation>Hari ini belum ada permohonan yang diajukan, jadi tidak ada tanda terima untuk disimpan.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="170" />
        <source>An import or a batch of documents is still running. Please wait until it ends.</source>
        <translation>Impor atau pembuatan dokumen sekaligus masih berjalan. Mohon tunggu sampai selesai.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="206" />
        <source>reads aloud by itself</source>
        <translation>dibacakan otomatis</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="206" />
        <source>reads aloud when asked</source>
        <translation>dibacakan hanya bila diminta</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="207" />
        <source>Now: %1</source>
        <translation>Saat ini: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="124" />
        <location filename="../../../ui/screens/settings.py" line="125" />
        <location filename="../../../ui/screens/settings.py" line="126" />
        <source>Vietnamese voice</source>
        <translation>Suara bahasa Vietnam</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="125" />
        <source>Northern</source>
        <translation>Logat utara</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/settings.py" line="126" />
        <source>Southern</source>
        <translation>Logat selatan</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="59" />
        <source>Check my application</source>
        <translation>Cek permohonan saya</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="67" />
        <source>&amp;Tracking number (on your receipt)</source>
        <translation>&amp;Nomor pelacakan (di tanda terima)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="68" />
        <source>Tracking number</source>
        <translation>Nomor pelacakan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="69" />
        <source>Check</source>
        <translation>Cek</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="70" />
        <source>Scan the receipt's QR code</source>
        <translation>Pindai kode QR pada tanda terima</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="71" />
        <source>Tell me when there is news (text message or e-mail)…</source>
        <translation>Beri tahu saya jika ada kabar baru (SMS atau e-mail)…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="106" />
        <source>Put your receipt on the scanner with the QR code facing the glass and press the scanner's button. Then press this button again.</source>
        <translation>Letakkan tanda terima di pemindai dengan kode QR menghadap kaca, lalu tekan tombol pemindai. Setelah itu tekan tombol ini lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="129" />
        <source>This code is not a genuine Kiosk receipt.</source>
        <translation>Kode ini bukan tanda terima Kiosk yang asli.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="85" />
        <location filename="../../../ui/screens/status_check.py" line="130" />
        <source>No application with this number. Check the number on your receipt.</source>
        <translation>Tidak ada permohonan dengan nomor ini. Mohon periksa nomor di tanda terima Bapak/Ibu.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="64" />
        <location filename="../../../ui/screens/status_check.py" line="83" />
        <location filename="../../../ui/screens/status_check.py" line="132" />
        <source>Need help? Call 1957.</source>
        <translation>Perlu bantuan? Hubungi 1957.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="136" />
        <source>Please bring the missing documents to your district office or call 1957.</source>
        <translation>Silakan bawa dokumen yang kurang ke kantor distrik atau hubungi 1957.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="137" />
        <source>A letter with the decision will be sent to you.</source>
        <translation>Surat keputusan akan dikirim kepada Bapak/Ibu.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="138" />
        <source>The agency is reviewing it. You do not need to do anything.</source>
        <translation>Instansi sedang memeriksanya. Bapak/Ibu tidak perlu melakukan apa pun.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/status_check.py" line="139" />
        <source>It will be sent to the agency soon.</source>
        <translation>Akan segera dikirim ke instansi.</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../../ui/still_there.py" line="38" />
        <source>Are you still there?</source>
        <translation>Apakah Bapak/Ibu masih di sini?</translation>
    </message>
    <message>
        <location filename="../../../ui/still_there.py" line="39" />
        <source>Yes, continue</source>
        <translation>Ya, lanjutkan</translation>
    </message>
    <message>
        <location filename="../../../ui/still_there.py" line="51" />
        <source>To protect your privacy, this screen will be cleared in %1 seconds.</source>
        <translation>Demi privasi Bapak/Ibu, layar ini akan dikosongkan dalam %1 detik.</translation>
    </message>
</context>
<context>
    <name>SubscribeScreen</name>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="100" />
        <source>News and reminders</source>
        <translation>Kabar dan pengingat</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="104" />
        <source>If you wish, we tell you when there is news about your application and remind you of your household's due dates. Messages say only that there is news and how to check it. You can stop them at any time.</source>
        <translation>Jika Bapak/Ibu berkenan, kami memberi tahu saat ada kabar baru tentang permohonan Bapak/Ibu dan mengingatkan tenggat waktu rumah tangga. Pesan hanya menyebutkan bahwa ada kabar baru dan cara memeriksanya. Bapak/Ibu dapat menghentikannya kapan saja.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="107" />
        <source>Read the notice aloud</source>
        <translation>Bacakan pemberitahuan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="109" />
        <source>What would you like to receive?</source>
        <translation>Apa yang ingin Bapak/Ibu terima?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="110" />
        <source>News about my applications</source>
        <translation>Kabar tentang permohonan saya</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="111" />
        <source>Reminders of my household's due dates</source>
        <translation>Pengingat tenggat waktu rumah tangga saya</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="112" />
        <source>How should we tell you? Fill in one or more.</source>
        <translation>Bagaimana kami memberi tahu Bapak/Ibu? Isi satu cara atau lebih.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="113" />
        <source>&amp;Mobile number for text messages (starts with 09)</source>
        <translation>&amp;Nomor ponsel untuk SMS (diawali 09)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="114" />
        <source>Mobile number for text messages</source>
        <translation>Nomor ponsel untuk SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="115" />
        <source>&amp;E-mail address</source>
        <translation>Alamat &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="116" />
        <source>E-mail address</source>
        <translation>Alamat e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="117" />
        <source>Add to my calendar</source>
        <translation>Tambahkan ke kalender saya</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="118" />
        <source>Who agrees?</source>
        <translation>Siapa yang menyetujui?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="119" />
        <source>I am the citizen</source>
        <translation>Saya sendiri warga yang bersangkutan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="120" />
        <source>A family member, for the citizen</source>
        <translation>Anggota keluarga, atas nama warga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="121" />
        <source>&amp;Relationship to the citizen</source>
        <translation>&amp;Hubungan dengan warga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="122" />
        <source>Relationship to the citizen</source>
        <translation>Hubungan dengan warga</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="123" />
        <source>Agree and subscribe</source>
        <translation>Setuju dan berlangganan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="124" />
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/subscribe.py" line="199" />
        <source>Subscribed. You can stop the messages at any time.</source>
        <translation>Sudah berlangganan. Bapak/Ibu dapat menghentikan pesan kapan saja.</translation>
    </message>
</context>
<context>
    <name>SubscriptionList</name>
    <message>
        <location filename="../../../ui/subscription_list.py" line="54" />
        <source>News and reminders</source>
        <translation>Kabar dan pengingat</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="55" />
        <source>Subscribe to news and reminders…</source>
        <translation>Berlangganan kabar dan pengingat…</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="74" />
        <source>Text message</source>
        <translation>Pesan SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="74" />
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="74" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="99" />
        <source>No one has subscribed yet. The citizen or a family member can get news of applications and reminders.</source>
        <translation>Belum ada yang berlangganan. Bapak/Ibu atau anggota keluarga dapat menerima kabar permohonan dan pengingat.</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="103" />
        <source>application news</source>
        <translation>kabar permohonan</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="103" />
        <source>reminders</source>
        <translation>pengingat</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="104" />
        <source>a family member (%1)</source>
        <translation>anggota keluarga (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="105" />
        <source>the citizen</source>
        <translation>warga yang bersangkutan</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="106" />
        <source>since %1</source>
        <translation>sejak %1</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="112" />
        <source>Calendar link: %1</source>
        <translation>Tautan kalender: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="114" />
        <source>Stop these messages</source>
        <translation>Hentikan pesan ini</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="115" />
        <source>Withdraws the consent at once: %1</source>
        <translation>Menarik persetujuan seketika: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/subscription_list.py" line="122" />
        <source>Stopped: no more messages will be sent.</source>
        <translation>Dihentikan: tidak ada pesan lagi yang akan dikirim.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../../ui/sync_controller.py" line="89" />
        <source>Sync finished: everything is sent and up to date.</source>
        <translation>Sinkronisasi selesai: semua terkirim dan terbaru.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="91" />
        <source>Sync stopped before the end; it will retry.</source>
        <translation>Sinkronisasi berhenti sebelum selesai; akan dicoba lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="99" />
        <source>The hub could not be reached.</source>
        <translation>Server tidak dapat dihubungi.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="110" />
        <source>Offline or the hub is unreachable: applications wait safely on this device.</source>
        <translation>Luring atau server tidak terjangkau: permohonan menunggu dengan aman di perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="111" />
        <source>The officer must log in to the hub again (enrol this device again).</source>
        <translation>Petugas harus masuk lagi ke server (daftarkan ulang perangkat ini).</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="112" />
        <source>This app is too old for the hub: please update it.</source>
        <translation>Aplikasi ini terlalu lama untuk server: mohon perbarui.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="113" />
        <source>The hub's security certificate is not trusted.</source>
        <translation>Sertifikat keamanan server tidak tepercaya.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="114" />
        <source>The hub refused this device.</source>
        <translation>Server menolak perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="115" />
        <source>Sync took too long and will continue later.</source>
        <translation>Sinkronisasi terlalu lama dan akan dilanjutkan nanti.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="116" />
        <source>The agency wiped this device.</source>
        <translation>Instansi telah menghapus data perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="150" />
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="150" />
        <source>Sync is running</source>
        <translation>Sinkronisasi sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="153" />
        <source>Sync</source>
        <translation>Sinkronkan</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="155" />
        <source>No hub</source>
        <translation>Tanpa server</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="155" />
        <source>This device is not enrolled with an agency hub</source>
        <translation>Perangkat ini belum terdaftar di server instansi</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="160" />
        <source>%1 to check</source>
        <translation>%1 perlu dicek</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="162" />
        <source>%1 waiting</source>
        <translation>%1 menunggu</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="164" />
        <source>Synced</source>
        <translation>Tersinkron</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="165" />
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_controller.py" line="166" />
        <source>Last complete sync: %1</source>
        <translation>Sinkronisasi lengkap terakhir: %1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="41" />
        <source>Sync with the agency</source>
        <translation>Sinkronkan dengan instansi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="45" />
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="46" />
        <source>Needs attention</source>
        <translation>Perlu ditangani</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="47" />
        <source>Sync progress</source>
        <translation>Kemajuan sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="86" />
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="104" />
        <source>This device is not connected to an agency hub yet. IT enrols it with a one-time code.</source>
        <translation>Perangkat ini belum terhubung ke server instansi. Petugas TI mendaftarkannya dengan kode sekali pakai.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="108" />
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="109" />
        <source>Last complete sync: %1</source>
        <translation>Sinkronisasi lengkap terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="110" />
        <source>Waiting to be sent: %1</source>
        <translation>Menunggu dikirim: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="112" />
        <source>Needs attention: %1</source>
        <translation>Perlu ditangani: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="118" />
        <source>Why: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="121" />
        <source>Everything is sent</source>
        <translation>Semua sudah terkirim</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/sync_screen.py" line="121" />
        <source>Something is waiting</source>
        <translation>Ada yang menunggu</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="42" />
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="42" />
        <source>Volunteer</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="43" />
        <source>Self-service kiosk (staff unlock)</source>
        <translation>Kiosk swalayan (dibuka staf)</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="44" />
        <source>Mode: %1. Enter your PIN to open the households on this device.</source>
        <translation>Mode: %1. Masukkan PIN untuk membuka data rumah tangga di perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="45" />
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="46" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="47" />
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="50" />
        <source>Kiosk is locked</source>
        <translation>Kiosk terkunci</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="62" />
        <source>Please enter your PIN.</source>
        <translation>Silakan masukkan PIN Anda.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/unlock.py" line="66" />
        <source>Opening the encrypted store…</source>
        <translation>Membuka penyimpanan terenkripsi…</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="52" />
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="57" />
        <source>Welcome. How can we help you today?</source>
        <translation>Selamat datang. Apa yang bisa kami bantu hari ini?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="58" />
        <source>Touch a large button. Everything on this screen can be read aloud: touch “Read aloud” at the top.</source>
        <translation>Sentuh tombol besar. Semua isi layar ini bisa dibacakan: sentuh “Bacakan” di bagian atas.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="59" />
        <source>Choose your language</source>
        <translation>Silakan pilih bahasa</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="60" />
        <source>What would you like to do?</source>
        <translation>Apa yang ingin Bapak/Ibu lakukan?</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="61" />
        <source>Welfare helper</source>
        <translation>Panduan bantuan sosial</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="62" />
        <source>Answer a few questions and see which services you may receive. Nothing is stored.</source>
        <translation>Jawab beberapa pertanyaan dan lihat layanan yang mungkin Bapak/Ibu terima. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="63" />
        <source>Check my application</source>
        <translation>Cek permohonan saya</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/welcome.py" line="64" />
        <source>Type the tracking number from your receipt, or scan its QR code.</source>
        <translation>Ketik nomor pelacakan dari tanda terima, atau pindai kode QR-nya.</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="55" />
        <source>Application</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="59" />
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="60" />
        <location filename="../../../ui/screens/wizard.py" line="130" />
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="106" />
        <source>Question %1 of %2</source>
        <translation>Pertanyaan %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="108" />
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="124" />
        <source>Filled in from the household record: please confirm with the citizen.</source>
        <translation>Diisi dari data rumah tangga: mohon pastikan dengan warga.</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="130" />
        <source>Next: consent</source>
        <translation>Berikutnya: persetujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/screens/wizard.py" line="151" />
        <location filename="../../../ui/screens/wizard.py" line="152" />
        <source>Draft saved</source>
        <translation>Draf tersimpan</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../../ui/words.py" line="14" />
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="16" />
        <source>Waiting to upload</source>
        <translation>Menunggu diunggah</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="18" />
        <source>Under review by the agency</source>
        <translation>Sedang diperiksa instansi</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="18" />
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="20" />
        <source>Documents needed</source>
        <translation>Dokumen diperlukan</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="22" />
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="22" />
        <source>Not approved</source>
        <translation>Tidak disetujui</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="24" />
        <source>Needs correction</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="26" />
        <source>Changed elsewhere: check</source>
        <translation>Diubah di tempat lain: periksa</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>head of household</source>
        <translation>kepala rumah tangga</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>spouse</source>
        <translation>suami/istri</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>child</source>
        <translation>anak</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="31" />
        <source>parent</source>
        <translation>orang tua</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="32" />
        <source>grandchild</source>
        <translation>cucu</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="32" />
        <source>grandparent</source>
        <translation>kakek/nenek</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="32" />
        <source>sibling</source>
        <translation>saudara kandung</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>parent-in-law</source>
        <translation>mertua</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>child-in-law</source>
        <translation>menantu</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>lodger</source>
        <translation>penghuni menumpang</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="33" />
        <source>relative</source>
        <translation>kerabat</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="37" />
        <source>a month</source>
        <translation>per bulan</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="37" />
        <source>a year</source>
        <translation>per tahun</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="37" />
        <source>once</source>
        <translation>sekali</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="41" />
        <source>yearly review of the low-income status</source>
        <translation>peninjauan tahunan status berpenghasilan rendah</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="42" />
        <source>citizen digital certificate expires</source>
        <translation>sertifikat digital warga kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="43" />
        <source>disability certificate to renew</source>
        <translation>sertifikat disabilitas perlu dinilai ulang</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="44" />
        <source>old-format resident ID to replace</source>
        <translation>kartu izin tinggal format lama perlu diganti</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="45" />
        <source>turns 65: new services</source>
        <translation>berusia 65: layanan baru</translation>
    </message>
    <message>
        <location filename="../../../ui/words.py" line="45" />
        <source>reminder</source>
        <translation>pengingat</translation>
    </message>
</context>
</TS>