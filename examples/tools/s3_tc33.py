"""Seed S3 (003_bb023939b31bcc24.txt, Rancangan Awal Renja 2024 of the Dinas Koperasi, Usaha Kecil dan
Menengah, Kab. Bengkalis), BAB IV table "PROGRAM DAN KEGIATAN PERANGKAT DAERAH" = the T-C.33 "Rumusan Rencana
Program dan Kegiatan Perangkat Daerah Tahun 2024 dan Prakiraan Maju Tahun 2025" (seed lines 631-711: title
631-635, header 637-639, rows 640-711), every row.

Columns as printed (10): 1 KODE, 2 Urusan/Bidang Urusan Pemerintahan Daerah dan Program Kegiatan, 3 Indikator
Kinerja Program/Kegiatan/Sub Kegiatan, 4 Lokasi, 5-8 under "Rencana Tahun 2024" (Target Capaian Kinerja,
Kebutuhan Dana /Pagu Indikatif (Rp.), Sumber Dana, Catatan Penting), 9-10 under "Prakiraan Maju Rencana Tahun
2025" (Target Capaian Kinerja, Kebutuhan Dana /Pagu Indikatif (Rp.)); number row 1-10. Money in full rupiah
with Indonesian separators, kept as text exactly as printed. Catatan Penting is empty on every row.

Every row of the extraction keeps its 10 cells (empty ones included), so no value had to be moved.
Judgement calls, all noted here:
- The document prints no "Tabel T-C.33" label: the title lines are "PROGRAM DAN KEGIATAN PERANGKAT DAERAH",
  "DINAS KOPERASI USAHA KECIL DAN MENENGAH KABUPATEN BENGKALIS TAHUN 2024" (both bold; the extraction's **
  dropped) and "OPD : DINAS KOPERASI USAHA KECIL DAN MENENGAH KABUPATEN BENGKALIS". Kept, no label invented;
  layouts.md §3.5 identifies the table as T-C.33 by its columns. The sheet is named after the chapter, "BAB IV".
- Codes as printed: the Program Penunjang coded 6.01.01 (the Inspektorat's bidang, with "... dilaksanakan di
  Inspektorat"), the koperasi programs 2.17 (the izin program, printed with the bare bidang code), 2.17.3 ...
  2.17.8, kegiatan 2.17.2, 2.17.2.2.02, 2.17.3.2.01 ..., sub kegiatan 2.17.2.2.01.1 (under kegiatan 2.17.2),
  2.17.2.2.02.1, 2.17.3.2.01.1 ... (one-digit sub numbers). Nothing recoded.
- The first kegiatan of the izin program prints no target and no pagu (both years), nor does the second
  (2.17.2.2.02); the kegiatan rows 2.17.3.2.01 ... 2.17.8.2.01 print none either, and program 2.17.7 prints no
  target and no pagu in either year: all left empty as printed (Σ of its sub kegiatan would be 1.865.000.000
  and 1.950.000.000).
- Sumber Dana "APBD" is printed on some program and kegiatan rows (2.17.2.2.02, 2.17.3, 2.17.3.2.01, 2.17.4,
  2.17.4.2.01, 2.17.6, 2.17.6.2.01) and missing on three sub kegiatan (2.17.3.2.01.2, 2.17.4.2.01.1,
  2.17.4.2.01.2): kept. Lokasi is "Kabupaten Bengkalis" on the first rows, "Kabupaten Bengkulu" from
  6.01.01.2.05.02 on, and empty on the Penunjang program row, its kegiatan rows except 6.01.01.2.01, the
  kegiatan 2.17.2, 2.17.5.2.01, 2.17.7.2.01, 2.17.8.2.01 and the sub kegiatan 2.17.3.2.01.2.
- The program total 22.327.506.643 is kept as in the table (the prose above it says Rp.22.327.505.643).
- Bold as printed, cell by cell (the extraction's <b>): code, name and indikator of kegiatan 6.01.01.2.05,
  .06 and .07; code, name, indikator, target, pagu and both n+1 cells of 6.01.01.2.08 and .09 (not Lokasi,
  Sumber Dana, Catatan); only the name of 2.17, 2.17.2, 2.17.2.2.02, 2.17.3, 2.17.3.2.01.2, 2.17.4, 2.17.8.
- Page breaks: five (blank lines 649, 665, 678, 691, 703). After the first three the number row 1-10 is
  printed again (650, 666, 679); after 691 and 703 nothing is. The workbook does the same, with a manual page
  break at each.
- Misspellings and wording kept: "Pemenuhan Pemenuhan", "Pesentase", "Administasi", "MENNEGAH", "kelangkaan"
  (for ketangguhan), "SDN Koperasi", "rekturisasi", "Penataan potensi", "Fasilitas kemudahan", "pendataan ,",
  "PROGRAM PENGEMBANGAN USAHA", "Ikhtisar Realisasi" without "Kinerja SKPD", targets "20 org" for a
  "Jumlah Dokumen" indicator and "4 Orang" for "Jumlah Laporan", "100 %" with a space, lower-case "ukm".
- No signature after the table: BAB V follows; the document's signature block ("Bengkalis, Januari 2023",
  "Drs. SUFANDI, MP", "PEMBINA TK I", "NP. 19660723 199710 1 001") closes BAB V, not this table.

Values of §6 "S3 T-C.33" the table keeps: Program Penunjang 22.327.506.643 vs Σ its kegiatan 16.261.690.172
(and vs Σ of all programs 22.172.505.723 counting 2.17.7 by its sub kegiatan); Administrasi Umum 1.835.000.000
vs 1.835.500.000; Jasa 1.435.000.000 vs 1.535.000.000; n+1 Perencanaan 772.208.481 vs 756.909.191, Keuangan
11.092.964.120 vs 10.927.964.120, Administrasi Umum 2.398.498.960 vs 2.013.498.960, Pengawasan 700.000.000 vs
750.000.000; Pengawasan n 685.109.580 vs 685.109.500. Not in §6 but equally in the table: Program Penunjang
n+1 22.820.401.115 vs Σ its kegiatan 21.678.325.961."""

from look import set_widths, write_pages  # noqa: E402


TITLE = [
    "PROGRAM DAN KEGIATAN PERANGKAT DAERAH",
    "DINAS KOPERASI USAHA KECIL DAN MENENGAH KABUPATEN BENGKALIS TAHUN 2024",
    "OPD : DINAS KOPERASI USAHA KECIL DAN MENENGAH KABUPATEN BENGKALIS",
]
TITLE_BOLD = [True, True, False]

# The header as printed (seed lines 637-639): four headings over two rows, the two groups with their
# sub headings, the number row.
HEADER = ["KODE", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program Kegiatan",
          "Indikator Kinerja Program/Kegiatan/Sub Kegiatan", "Lokasi"]
HEADER_GROUPS = ["Rencana Tahun 2024", "Prakiraan Maju Rencana Tahun 2025"]
HEADER_SUB = ["Target Capaian Kinerja", "Kebutuhan Dana /Pagu Indikatif (Rp.)", "Sumber Dana", "Catatan Penting",
              "Target Capaian Kinerja", "Kebutuhan Dana /Pagu Indikatif (Rp.)"]
NUMBERS = [str(c) for c in range(1, 11)]

PAGE = "page"    # a page break of the original, after which the number row is printed again
BREAK = "break"  # a page break of the original, after which nothing is printed again

MONEY = {5, 9}  # the columns printed right-aligned (6 and 10)


def r(*cells, bold=""):
    """A row: the printed cells from column 1 on (the rest empty); bold lists the 0-based columns printed bold."""
    assert len(cells) <= 10, cells
    return (tuple(cells) + ("",) * (10 - len(cells)), frozenset(int(c) for c in bold))


# Each row with its seed line.
ROWS = [
    r('6.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Persentase Pelaksanaan Penunjang Urusan Pemerintahan yang dilaksanakan di Inspektorat', '', '100 %', '22.327.506.643', '', '', '100 %', '22.820.401.115'),  # 640
    r('6.01.01.2.01', 'Perencanaan, Pengembangan dan Evaluasi Kinerja Perangkat Daerah', 'Persentase Pemenuhan Pemenuhan Dokumen Perencanaan dan Pelaporan Kinerja Pengawasan', 'Kabupaten Bengkalis', '100 %', '750.000.000', '', '', '100 %', '772.208.481'),  # 641
    r('6.01.01.2.01.01', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Jumlah Dokumen Perencanaan Perangkat Daerah', 'Kabupaten Bengkalis', '1 Dokumen', '200.000.000', 'APBD', '', '1 Dokumen', '391.507.710'),  # 642
    r('6.01.01.2.01.06', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi', 'Jumlah Laporan Penyelenggaraan/ Kinerja Pengawasan APIP', 'Kabupaten Bengkalis', '1 Dokumen', '300.000.000', 'APBD', '', '1 Laporan', '182.700.710'),  # 643
    r('6.01.01.2.01.07', 'Evaluasi Kinerja Perangkat Daerah', 'Jumlah Laporan Evaluasi Kinerja Perangkat Daerah', 'Kabupaten Bengkalis', '3 Dokumen', '250.000.000', 'APBD', '', '3 Dokumen', '182.700.771'),  # 644
    r('6.01.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 'Persentase Pemenuhan Penyediaan Laporan Keuangan/Realisasi Keuangan', '', '', '7.507.690.172', '', '', '', '11.092.964.120'),  # 645
    r('6.01.01.2.02.01', 'Penyediaan Gaji dan Tunjangan ASN', 'Jumlah Aparatur yang Memperoleh Gaji dan Tunjangan Pengawasan', 'Kabupaten Bengkalis', '39 Orang', '7.507.690.172', 'APBD', '', '50 Orang', '10.927.964.120'),  # 646
    r('6.01.01.2.03', 'Administrasi Barang Milik Daerah pada Perangkat Daerah', 'Persentase Pemenuhan Pengadministrasian Barang Milik Daerah', '', '100 %', '384.000.000', '', '', '100 %', '134.000.000'),  # 647
    r('6.01.01.2.03.02', 'Pengamanan Barang Milik Daerah SKPD', 'Jumlah Dokumen Pengamanan Barang Milik Daerah SKPD', 'Kabupaten Bengkalis', '20 org', '384.000.000', 'APBD', '', '5 Dokumen', '134.000.000'),  # 648
    # seed line 649: blank (page break)
    PAGE,  # seed line 650: number row printed again
    r('6.01.01.2.05', 'Administrasi Kepegawaian Perangkat Daerah', 'Pesentase Capaian Pemenuhan Kompetensi Aparatur Pengawasan', '', '100 %', '750.000.000', '', '', '100 %', '2.392.500.000', bold='012'),  # 651
    r('6.01.01.2.05.02', 'Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya', 'Jumlah Paket Pakaian Dinas beserta Atribut Kelengkapan', 'Kabupaten Bengkulu', '39 org', '150.000.000', 'APBD', '', '50 Paket', '165.000.000'),  # 652
    r('6.01.01.2.05.09', 'Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi', 'Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan', 'Kabupaten Bengkulu', '20 Orang', '200.000.000', 'APBD', '', '50 Orang', '1.210.000.000'),  # 653
    r('6.01.01.2.05.10', 'Sosialisasi Peraturan Perundang-undangan', 'Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-Undangan', 'Kabupaten Bengkulu', '15 Orang', '150.000.000', 'APBD', '', '150 Orang', '605.000.000'),  # 654
    r('6.01.01.2.05.11', 'Bimbingan Teknis Implementasi Peraturan Perundang-undangan', 'Jumlah Orang yang Mengikuti Bimbingan Teknis Implementasi Peraturan Perundang-Undangan', 'Kabupaten Bengkulu', '20 Orang', '250.000.000', 'APBD', '', '20 Orang', '412.500.000'),  # 655
    r('6.01.01.2.06', 'Administasi Umum Perangkat Daerah', 'Persentase Pemenuhan Kebutuhan Umum Penunjang Kegiatan Pengawasan', '', '100 %', '1.835.000.000', '', '', '100 %', '2.398.498.960', bold='012'),  # 656
    r('6.01.01.2.06.01', 'Penyediaan Komponen Instalasi Listrik/ Penerangan Bangunan Kantor', 'Jumlah Paket Komponen Instalasi Listrik/ Penerangan Bangunan Kantor yang Disediakan', 'Kabupaten Bengkulu', '11 Paket', '75.000.000', 'APBD', '', '11 Paket', '82.500.000'),  # 657
    r('6.01.01.2.06.02', 'Penyediaan Peralatan dan Perlengkapan Kantor', 'Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan', 'Kabupaten Bengkulu', '9 Paket', '250.000.000', 'APBD', '', '60 Paket', '275.893.200'),  # 658
    r('6.01.01.2.06.04', 'Penyediaan Bahan Logistik Kantor', 'Jumlah Paket Bahan Logistik Kantor yang Disediakan', 'Kabupaten Bengkulu', '1500 Paket', '75.000.000', 'APBD', '', '1500 Paket', '337.988.200'),  # 659
    r('6.01.01.2.06.05', 'Penyediaan Barang Cetak dan Penggandaan', 'Jumlah Paket Barang Cetak dan Penggandaan yang disediakan', 'Kabupaten Bengkulu', '20 Paket', '105.500.000', 'APBD', '', '20 Paket', '206.117.560'),  # 660
    r('6.01.01.2.06.06', 'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan', 'Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang disediakan', 'Kabupaten Bengkulu', '20 Dokumen', '80.000.000', 'APBD', '', '20 Dokumen', '66.000.000'),  # 661
    r('6.01.01.2.06.09', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Kabupaten Bengkulu', '170 Laporan', '1.250.000.000', 'APBD', '', '170 Laporan', '1.045.000.000'),  # 662
    r('6.01.01.2.07', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 'Persentase Pemenuhan Barang Penunjang Kegiatan Pengawasan', '', '100 %', '1.550.000.000', '', '', '100 %', '1.790.660.000', bold='012'),  # 663
    r('6.01.01.2.07.01', 'Pengadaan Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan', 'Jumlah Unit Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang di sediakan', 'Kabupaten Bengkulu', '1 Unit', '500.000.000', 'APBD', '', '2 Unit', '770.000.000'),  # 664
    # seed line 665: blank (page break)
    PAGE,  # seed line 666: number row printed again
    r('6.01.01.2.07.02', 'Pengadaan Kendaraan Dinas Operasional atau Lapangan', 'Jumlah Unit Kendaraan Dinas Operasional atau Lapangan yang disediakan', 'Kabupaten Bengkulu', '15 Unit', '450.000.000', 'APBD', '', '3 Unit', '250.000.000'),  # 667
    r('6.01.01.2.07.05', 'Pengadaan Mebel', 'Jumlah Paket Mebel yang Disediakan', 'Kabupaten Bengkulu', '40 Unit', '250.000.000', 'APBD', '', '10 Unit', '275.000.000'),  # 668
    r('6.01.01.2.07.10', 'Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya', 'Jumlah Unit Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Disediakan', 'Kabupaten Bengkulu', '12 Unit', '350.000.000', 'APBD', '', '15 Unit', '495.660.000'),  # 669
    r('6.01.01.2.08', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Persentase Pemenuhan Jasa Penunjang Urusan Pemerintah Daerah Penunjang Kegiatan Pengawasan', '', '100 %', '1.435.000.000', '', '', '100 %', '567.494.400', bold='0124589'),  # 670
    r('6.01.01.2.08.01', 'Penyediaan Jasa Surat menyurat', 'Jumlah Laporan Penyediaan Jasa Surat Menyurat', 'Kabupaten Bengkulu', '4 Orang', '85.000.000', 'APBD', '', '5 Laporan', '148.600.000'),  # 671
    r('6.01.01.2.08.02', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 'Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan', 'Kabupaten Bengkulu', '1 Laporan', '250.000.000', 'APBD', '', '3 Laporan', '368.500.000'),  # 672
    r('6.01.01.2.08.04', 'Penyediaan Jasa Pelayanan Umum Kantor', 'Jumlah tenaga operator data, tenaga arsip, tenaga kebersihan, tenaga supir yang disediakan dalam satu tahun', 'Kabupaten Bengkulu', '2 Laporan', '1.200.000.000', 'APBD', '', '2 Laporan', '50.394.400'),  # 673
    r('6.01.01.2.09', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 'Persentase Pemenuhan Pemeliharaan Barang Milik Daerah Penunjang Kegiatan Pengawasan', '', '100 %', '2.050.000.000', '', '', '100 %', '2.530.000.000', bold='0124589'),  # 674
    r('6.01.01.2.09.02', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan', 'Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan Dibayarkan Pajak dan Perizinannya', 'Kabupaten Bengkulu', '13 Unit', '450.000.000', 'APBD', '', '13 Unit', '495.000.000'),  # 675
    r('6.01.01.2.09.09', 'Pemeliharaan / Rehabilitasi Gedung Kantor dan Bangunan Lainnya', 'Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi', 'Kabupaten Bengkulu', '1 Unit', '200.000.000', 'APBD', '', '1 Unit', '1.650.000.000'),  # 676
    r('6.01.01.2.09.10', 'Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya', 'Jumlah Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Dipelihara/Direhabilitasi', 'Kabupaten Bengkulu', '20 Unit', '1.400.000.000', 'APBD', '', '20 Unit', '385.000.000'),  # 677
    # seed line 678: blank (page break)
    PAGE,  # seed line 679: number row printed again
    r('2.17', 'PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM', 'Persentase Koperasi yang mendapatkan izin dalam satu tahun', 'Kabupaten Bengkulu', '100 %', '843.211.791', '', '', '100 %', '850.000.000', bold='1'),  # 680
    r('2.17.2', 'Penerbitan izin usaha simpan pinjam untuk koperasi dengan wilayah keanggotaan dalam daerah Kabupaten / Kota', 'Persentase Koperasi yang mendapatkan izin dalam satu tahun', bold='1'),  # 681
    r('2.17.2.2.01.1', 'Fasilitasi pemenuhan izin usaha simpan pinjam dan pembukaan kantor cabang, cabang pembantu dan kantor kas koperasi simpan pinjam untuk koperasi dengan wilayah keanggotaan dalam daerah Kabupaten / Kota', 'Jumlah koperasi yang mendapatkan simpan pinjam dalam satu tahun', 'Kabupaten Bengkulu', '60 kop', '543.211.791', 'APBD', '', '', '550.000.000'),  # 682
    r('2.17.2.2.02', 'Penerbitan izin pembukaan kantor cabang, cabang pembantu dan kantor kas koperasi simpan pinjam untuk koperasi dengan wilayah keanggotaan dalam Daerah Kabupaten / Kota', 'Persentase koperasi yang mendapatkan izin dalam satu tahun', 'Kabupaten Bengkulu', '', '', 'APBD', bold='1'),  # 683
    r('2.17.2.2.02.1', 'Fasilitasi pemenuhan izin usaha pembukaan kantor cabang, cabang pembantu, dan kantor kas koperasi simpan pinjam untuk koperasi dengan wilayah keanggotaan dalam daerah Kabupaten / Kota', 'Jumlah Koperasi yang Mendapatkan izin dalam satu tahun', 'Kabupaten Bengkulu', '40 kop', '300.000.000', 'APBD', '', '', '300.000.000'),  # 684
    r('2.17.3', 'PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI', 'Persentase Koperasi yang mendapatkan pengawasan dan pemeriksaan dalam satu tahun', 'Kabupaten Bengkulu', '', '685.109.580', 'APBD', '', '', '700.000.000', bold='1'),  # 685
    r('2.17.3.2.01', 'Pemeriksaan dan pengawasan koperasi, koperasi simpan pinjam /unit simpan pinjam koperasi yang wilayah keanggotaannya dalam daerah Kabupaten / Kota', '', 'Kabupaten Bengkulu', '', '', 'APBD'),  # 686
    r('2.17.3.2.01.1', 'Pengawasan kekuatan, Kesehatan, kemandirian, kelangkaan, serta akuntabilitas koperasi kewenangan Kabupaten / Kota', 'Jumlah pengawasan dalam satu tahun', 'Kabupaten Bengkulu', '50 kop', '320.105.000', 'APBD', '', '', '350.000.000'),  # 687
    r('2.17.3.2.01.2', 'Pemeriksaan kepatuhan koperasi terhadap peraturan perundang undangan kewenangan Kabupaten / Kota', 'Jumlah pemeriksaan kepatuhan dalam satu tahun', '', '', '365.004.500', '', '', '', '400.000.000', bold='1'),  # 688
    r('2.17.4', 'PROGRAM PENILAIAN KESEHATAN KSP / USP', 'Persentase koperasi yang dinilai Kesehatan dalam satu tahun', 'Kabupaten Bengkulu', '', '614.841.931', 'APBD', '', '', '700.000.000', bold='1'),  # 689
    r('2.17.4.2.01', 'Penilaian kesehatan koperasi simpan pinjam / Unit simpan pinjam koperasi yang wilayah keanggotaannya dalam 1 (satu) Daerah Kabupaten/ Kota', '', 'Kabupaten Bengkulu', '', '', 'APBD'),  # 690
    BREAK,  # seed line 691: blank, a page break after which nothing is printed again
    r('2.17.4.2.01.1', 'Pelaksanaan penilaian Kesehatan KSP/USP koperasi kewenangan Kabupaten / Kota', 'Jumlah penilaian Kesehatan koperasi dalam satu tahun', 'Kabupaten Bengkulu', '40 kop', '285.120.400', '', '', '', '300.000.000'),  # 692
    r('2.17.4.2.01.2', 'Penghargaan Kesehatan KSP /USP Koperasi Kewenangan Kabupaten / Kota', 'Jumlah penghargaan Kesehatan yang dinilai dalam satu tahun', 'Kabupaten Bengkulu', '50 kop', '329.721.531', '', '', '', '400.000.000'),  # 693
    r('2.17.5', 'PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN', 'Persentase koperasi yang mendapatkan Pendidikan dan pelatihan perkoperasian', 'Kabupaten Bengkulu', '', '720.243.405', '', '', '', '750.000.000'),  # 694
    r('2.17.5.2.01', 'Pendidikan dan Latihan bagi koperasi yang wilayah keanggotaan dalam daerah Kabupaten / Kota'),  # 695
    r('2.17.5.2.01.1', 'Peningkatan pemahaman dan pengetahuan perkoperasian serta kapasitas dan kompetensi SDN Koperasi', 'Jumlah koperasi yang mendapatkan Pendidikan dan pelatihan perkoperasian', 'Kabupaten Bengkulu', '120 kop', '720.243.405', 'APBD', '', '', '750.000.000'),  # 696
    r('2.17.6', 'PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI', 'Persentase koperasi yang mendapatkan akses dalam satu tahun', 'Kabupaten Bengkulu', '', '550.000.000', 'APBD', '', '', '600.000.000'),  # 697
    r('2.17.6.2.01', 'Pemberdayaan dan perlindungan koperasi yang keanggotaannya dalam Daerah Kabupaten / Kota', '', 'Kabupaten Bengkulu', '', '', 'APBD'),  # 698
    r('2.17.6.2.01.1', 'Pemberdayaan peningkatan produktifitas, nilai tambah, akses pasar, akses pembiayaan, penguatan kelembagaan, penataan manajemen, standarisasi, dan rekturisasi usaha koperasi kewenangan Kabupaten / Kota', 'Jumlah koperasi yang mendapatkan akses dalam satu tahun', 'Kabupaten Bengkulu', '50 kop', '250.000.000', 'APBD', '', '', '200.000.000'),  # 699
    r('2.17.6.2.01.2', 'Penumbuhan kesadaran keluarga dalam peningkatan taraf hidup keluarga melalui kehidupan berkoperasi dan pengembangan ekonomi lainnya', 'Jumlah koperasi yang mendapatkan kesadaran dalam meningkatkan taraf hidup keluarga', 'Kabupaten Bengkulu', '50 kop', '300.000.000', 'APBD', '', '', '400.000.000'),  # 700
    r('2.17.7', 'PROGRAM PEMBERDAYAAN USAHA MENNEGAH, USAHA KECIL DAN USAHA MIKRO (UMKM)', 'Persentase UKM yang mendapatkan pelatihan dalam satu tahun', 'Kabupaten Bengkulu'),  # 701
    r('2.17.7.2.01', 'Pemberdayaan usaha mikro yang dilakukan melalui pendataan , kemitraan, kemudahan perizinan, penguatan kelembagaan dan koordinasi dengan para pemangku Kepentingan'),  # 702
    BREAK,  # seed line 703: blank, a page break after which nothing is printed again
    r('2.17.7.2.01.1', 'Penataan potensi dan pengembangan usaha mikro', 'Jumlah data UKM yang didapatkan dalam satu tahun', 'Kabupaten Bengkulu', '100 ukm', '345.000.000', 'APBD', '', '', '350.000.000'),  # 704
    r('2.17.7.2.01.2', 'Pemberdayaan melalui kemitraan usaha mikro', 'Jumlah unit usaha yang telah melaksanakan kemitraan usaha mikro', 'Kabupaten Bengkulu', '60 ukm', '495.000.000', 'APBD', '', '', '500.000.000'),  # 705
    r('2.17.7.2.01.3', 'Fasilitas kemudahan perizinan usaha mikro', 'Jumlah Unit usaha yang mendapatkan kemudahan perizinan usaha mikro', 'Kabupaten Bengkulu', '80 ukm', '300.000.000', 'APBD', '', '', '350.000.000'),  # 706
    r('2.17.7.2.01.4', 'Pemberdayaan kelembagaan potensi dan pengembangan usaha mikro', 'Jumlah unit usaha yang telah menerima pembinaan dan pendampingan terhadap usaha mikro', 'Kabupaten Bengkulu', '40 ukm', '345.000.000', 'APBD', '', '', '350.000.000'),  # 707
    r('2.17.7.2.01.5', 'Koordinasi dan sinkronisasi dengan para pemangku kepentingan dalam pemberdayaan usaha mikro', 'Jumlah SDM yang telah melakukan koordinasi dan sinkronisasi dengan para pemangku kepentingan dalam pemberdayaan usaha mikro', 'Kabupaten Bengkulu', '60 ukm', '380.000.000', 'APBD', '', '', '400.000.000'),  # 708
    r('2.17.8', 'PROGRAM PENGEMBANGAN USAHA', 'Persentase UKM yang mendapatkan fasilitasi dalam satu tahun', 'Kabupaten Bengkulu', '', '632.408.844', '', '', '', '650.000.000', bold='1'),  # 709
    r('2.17.8.2.01', 'Pengembangan usaha mikro dengan orientasi peningkatan skala menjadi usaha kecil'),  # 710
    r('2.17.8.2.01.1', 'Fasilitasi usaha mikro menjadi usaha kecil dalam pengembangan produksi dan pengolahan, pemasaran, SDM, serta desain dan teknologi', 'Jumlah UKM yang mendapatkan fasilitasi dalam pengembangan produksi, pengolahan dan pemasaran serta desain dan teknologi', 'Kabupaten Bengkulu', '40 ukm', '632.408.844', 'APBD', '', '', '650.000.000'),  # 711
]

SIGNATURE = []  # none: BAB V follows the table (see the docstring)


def build(workbook):
    """Writes s3-bengkalis-tc33.xlsx: three title lines, the two-row header with the number row, the
    number row again where the original prints it after a page break, bold cells as printed, money as text."""
    wb = workbook("s3-bengkalis-tc33.xlsx")
    ws = wb.add_worksheet("BAB IV")
    ws.set_landscape()
    title = {True: wb.add_format({"bold": True, "align": "center"}), False: wb.add_format({"align": "left"})}
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    fmt = {}
    for b in (False, True):
        fmt[b, False] = wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "bold": b})
        fmt[b, True] = wb.add_format({"border": 1, "align": "right", "valign": "top", "bold": b})
    for i, t in enumerate(TITLE):
        if TITLE_BOLD[i]:
            ws.merge_range(i, 0, i, 9, t, title[True])
        else:
            ws.write(i, 0, t, title[False])
    r = len(TITLE) + 1
    for c, t in enumerate(HEADER):
        ws.merge_range(r, c, r + 1, c, t, head)
    ws.merge_range(r, 4, r, 7, HEADER_GROUPS[0], head)
    ws.merge_range(r, 8, r, 9, HEADER_GROUPS[1], head)
    for c, t in enumerate(HEADER_SUB, start=4):
        ws.write(r + 1, c, t, head)
    r += 2

    def numbers(r):
        for c, t in enumerate(NUMBERS):
            ws.write_string(r, c, t, head)
        return r + 1

    r = numbers(r)
    write_pages(ws, ROWS, r, fmt, MONEY, numbers, PAGE, BREAK)
    set_widths(ws, [(0, 0, 15), (1, 2, 38), (3, 3, 16), (4, 4, 11), (5, 5, 16), (6, 7, 9), (8, 8, 11), (9, 9, 16)])
    wb.close()
