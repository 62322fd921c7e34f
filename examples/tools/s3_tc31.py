"""Seed S3 (003_bb023939b31bcc24.txt, Rancangan Awal Renja 2024 of the Dinas Koperasi, Usaha Kecil dan
Menengah, Kab. Bengkalis), "Tabel T-C.31." Review terhadap RKPD tahun 2024 (seed lines 457-542: title
457-461, header 463-465, rows 466-542), every row.

Columns as printed (12): 1 No, 2-6 under "RKPD 2023" (Program/ Kegiatan, Lokasi, Indikator kinerja,
Target capaian, Pagu indikatif (Rp.000)), 7-11 under "Hasil Analisis Kebutuhan" (Program/ Kegiatan,
Lokasi, Indikator kinerja, Target capaian, Kebutuhan Dana (Rp.000)), 12 Catatan Penting; number row 1-12.
Only the left half (2-6) is filled: 7-12 are empty on every row. Money in full rupiah with Indonesian
separators under the "(Rp.000)" headers, kept as text exactly as printed.

Every row of the extraction keeps its 12 cells (empty ones included), so no value had to be moved.
Judgement calls, all noted here:
- The group heading over 2-6 is printed "RKPD 2023" (not "Rancangan Awal RKPD"), the title "Review
  terhadap RKPD tahun 2024 Kabupaten Bengkulu" (the extraction's "## " markdown dropped), "Tabel T-C.31."
  with its full stop, "Bengkulu" for Bengkalis throughout: all kept.
- Row labels as printed: "A" the Program Penunjang, then its first kegiatan (Perencanaan ...) labelled "1"
  with its sub kegiatan numbered on 2-4, kegiatan "B"-"H" with sub kegiatan numbered from 1; the second
  program is labelled "1" (OCR of "I"), its first kegiatan has no label, and its second kegiatan
  ("2 Penerbitan izin pembukaan kantor cabang ...", no target, no pagu) is numbered as a sibling of the sub
  kegiatan around it; programs "J"-"N" have a kegiatan "1" with no indicator, target or pagu and their
  sub kegiatan numbered on from 2; the last program is labelled "0" (OCR of "O"). Nothing relabelled.
- "250.000000" (M, sub kegiatan 2) is kept as printed; program M 550.000.000 = 250.000.000 + 300.000.000
  shows it means 250.000.000.
- Bold as printed, cell by cell (the extraction's <b>): program rows A, J, K, L, M, 0 and kegiatan B in
  name, indikator, target and pagu (not No, not Lokasi); kegiatan C, D, E only the indikator;
  program "1" the name and pagu; its first kegiatan the pagu; N only the name; the last sub kegiatan of
  "0" its indikator, target and pagu.
- Page breaks: the original breaks the page seven times (blank lines 472, 486, 499, 509, 518, 528, 538)
  and prints only the number row 1-12 again after each (473, 487, 500, 510, 519, 529, 539), not the two
  heading rows; the workbook does the same and puts a manual page break there.
- Misspellings and wording kept: "Diskop", "MENNEGAH", "SDN Koperasi", "rekturisasi", "Penataan potensi",
  "Fasilitas kemudahan", "PROGRAM PENGEMBANGAN USAHA", "100UKM", "Instalasi Listrik /Penerangan",
  "Level 3", lower-case "3 laporan", the trailing full stop of Perencanaan's indikator.
- No signature: the table is followed directly by BAB III.

Values of §6 "S3 T-C.31" the table keeps: A 20.378.640.586 vs its kegiatan 18.884.151.482; Perencanaan
702.007.710 vs 750.000.000; Kepegawaian 2.175.000.000 vs 750.000.000; Administrasi Umum 2.180.453.600 vs
1.835.000.000; Jasa 1.435.000.000 vs 1.535.000.000; Pemeliharaan 2.950.000.000 vs 2.050.000.000;
Pengawasan 685.109.580 vs 685.109.500; UMKM 1.920.000.000 vs 1.865.000.000."""

from look import set_widths, write_pages  # noqa: E402


TITLE = [
    "Tabel T-C.31.",
    "Review terhadap RKPD tahun 2024 Kabupaten Bengkulu",
    "Nama Perangkat Daerah: Dinas Koperasi Usaha Kecil dan Menengah Kabupaten Bengkulu",
]

# The header as printed (seed lines 463-465): the two groups, the twelve column headings, the number row.
HEADER_GROUPS = ["RKPD 2023", "Hasil Analisis Kebutuhan"]
HEADER = ["No", "Program/ Kegiatan", "Lokasi", "Indikator kinerja", "Target capaian", "Pagu indikatif (Rp.000)",
          "Program/ Kegiatan", "Lokasi", "Indikator kinerja", "Target capaian", "Kebutuhan Dana (Rp.000)",
          "Catatan Penting"]
NUMBERS = [str(c) for c in range(1, 13)]

PAGE = "page"  # a page break of the original, after which only the number row is printed again

MONEY = {5, 10}  # the columns printed right-aligned (6 and 11)


def r(*cells, bold=""):
    """A row: the printed cells from column 1 on (the rest empty); bold lists the 0-based columns printed bold."""
    assert len(cells) <= 12, cells
    return (tuple(cells) + ("",) * (12 - len(cells)), frozenset(int(c) for c in bold))


# Each row with its seed line.
ROWS = [
    r('A', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Kabupaten Bengkulu', 'Persentase Pelaksanaan Penunjang Urusan Pemerintahan yang dilaksanakan di Diskop', 'Level 3', '20.378.640.586', bold='1345'),  # 466
    r('1', 'Perencanaan, Pengembangan dan Evaluasi Kinerja Perangkat Daerah', 'Kabupaten Bengkulu', 'Persentase dokumen perencanaan, penganggaran, dan evaluasi kinerja perangkat daerah.', '100%', '702.007.710'),  # 467
    r('2', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Kabupaten Bengkulu', 'Jumlah Dokumen Perencanaan Perangkat Daerah', '1 Dokumen', '150.000.000'),  # 468
    r('3', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', 'Kabupaten Bengkulu', 'Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', '1 Dokumen', '300.000.000'),  # 469
    r('4', 'Evaluasi Kinerja Perangkat Daerah', 'Kabupaten Bengkulu', 'Jumlah Laporan Evaluasi Kinerja Perangkat Daerah', '3 Dokumen', '300.000.000'),  # 470
    r('B', 'Administrasi Keuangan Perangkat Daerah', 'Kabupaten Bengkulu', 'Persentase Pemenuhan Penyediaan Laporan Keuangan/Realisasi Keuangan', '100%', '7.507.690.172', bold='1345'),  # 471
    # seed line 472: blank (page break)
    PAGE,  # seed line 473: number row printed again
    r('1', 'Penyediaan Gaji dan Tunjangan ASN', 'Kabupaten Bengkulu', 'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', '44 Orang', '7.507.690.172'),  # 474
    r('C', 'Administrasi Barang Milik Daerah pada Perangkat Daerah', 'Kabupaten Bengkulu', 'Persentase Pemenuhan Pengadministrasian Barang Milik Daerah', '100%', '384.000.000', bold='3'),  # 475
    r('1', 'Pengamanan Barang Milik Daerah SKPD', 'Kabupaten Bengkulu', 'Jumlah Dokumen Pengamanan Barang Milik Daerah SKPD', '5 Dokumen', '384.000.000'),  # 476
    r('D', 'Administrasi Kepegawaian Perangkat Daerah', 'Kabupaten Bengkulu', 'Persentase Capaian Pemenuhan Kompetensi Aparatur Pengawasan', '100%', '2.175.000.000', bold='3'),  # 477
    r('1', 'Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya', 'Kabupaten Bengkulu', 'Jumlah Paket Pakaian Dinas beserta Atribut Kelengkapan', '50 Paket', '150.000.000'),  # 478
    r('2', 'Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi', 'Kabupaten Bengkulu', 'Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan', '15 Orang', '200.000.000'),  # 479
    r('3', 'Sosialisasi Peraturan Perundang-undangan', 'Kabupaten Bengkulu', 'Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-undangan', '15 Orang', '150.000.000'),  # 480
    r('4', 'Bimbingan Teknis Implementasi Peraturan Perundang-undangan', 'Kabupaten Bengkulu', 'Jumlah Orang yang Mengikuti Bimbingan Teknis Implementasi Peraturan Perundang-undangan', '20 Orang', '250.000.000'),  # 481
    r('E', 'Administrasi Umum Perangkat Daerah', 'Kabupaten Bengkulu', 'Persentase Pemenuhan Kebutuhan Umum Penunjang Kegiatan Pengawasan', '100%', '2.180.453.600', bold='3'),  # 482
    r('1', 'Penyediaan Komponen Instalasi Listrik /Penerangan Bangunan Kantor', 'Kabupaten Bengkulu', 'Jumlah Paket Komponen Instalasi listrik/Penerangan Bangunan Kantor yang Disediakan', '11 Paket', '75.000.000'),  # 483
    r('2', 'Penyediaan Peralatan dan Perlengkapan Kantor', 'Kabupaten Bengkulu', 'Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan', '60 Paket', '250.000.000'),  # 484
    r('3', 'Penyediaan Bahan Logistik Kantor', 'Kabupaten Bengkulu', 'Jumlah Paket Bahan Logistik Kantor yang Disediakan', '1500 Paket', '75.000.000'),  # 485
    # seed line 486: blank (page break)
    PAGE,  # seed line 487: number row printed again
    r('4', 'Penyediaan Barang Cetak dan Penggandaan', 'Kabupaten Bengkulu', 'Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan', '20 Paket', '105.000.000'),  # 488
    r('5', 'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan', 'Kabupaten Bengkulu', 'Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan', '20 Dokumen', '80.000.000'),  # 489
    r('6', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Kabupaten Bengkulu', 'Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', '170 Laporan', '1.250.000.000'),  # 490
    r('F', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 'Kabupaten Bengkulu', 'Persentase Pemenuhan Barang Penunjang Kegiatan Pengawasan', '100%', '1.550.000.000'),  # 491
    r('1', 'Pengadaan Kendaraan Perorangan Dinas atau kendaraan Dinas Jabatan', 'Kabupaten Bengkulu', 'Jumlah Unit Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Disediakan', '1 Unit', '500.000.000'),  # 492
    r('2', 'Pengadaan kendaraan Dinas Operasional atau Lapangan', 'Kabupaten Bengkulu', 'Jumlah Unit Kendaraan Dinas Operasional atau Lapangan yang Disediakan', '15 Unit', '450.000.000'),  # 493
    r('3', 'Pengadaan Mebel', 'Kabupaten Bengkulu', 'Jumlah Paket Mebel yang Disediakan', '40 Unit', '250.000.000'),  # 494
    r('4', 'Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya', 'Kabupaten Bengkulu', 'Jumlah Unit Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Disediakan', '12 Unit', '350.000.000'),  # 495
    r('G', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Kabupaten Bengkulu', 'Persentase Pemenuhan Jasa Penunjang Urusan Pemerintah Daerah Penunjang Kegiatan Pengawasan', '100%', '1.435.000.000'),  # 496
    r('1', 'Penyediaan Jasa Surat menyurat', 'Kabupaten Bengkulu', 'Jumlah Laporan Penyediaan Jasa Surat Menyurat', '1 Laporan', '85.000.000'),  # 497
    r('2', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 'Kabupaten Bengkulu', 'Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan', '3 laporan', '250.000.000'),  # 498
    # seed line 499: blank (page break)
    PAGE,  # seed line 500: number row printed again
    r('3', 'Penyediaan Jasa Pelayanan Umum Kantor', 'Kabupaten Bengkulu', 'Jumlah tenaga operator data, tenaga arsip, tenaga kebersihan, tenaga supir yang disediakan dalam satu tahun', '1 Laporan', '1.200.000.000'),  # 501
    r('H', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', '', 'Persentase Pemenuhan Pemeliharaan Barang Milik Daerah Penunjang Kegiatan Pengawasan', '100%', '2.950.000.000'),  # 502
    r('1', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan', 'Kabupaten Bengkulu', 'Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan Perizinannya', '13 Unit', '450.000.000'),  # 503
    r('2', 'Pemeliharaan / Rehabilitasi Gedung Kantor dan Bangunan Lainnya', 'Kabupaten Bengkulu', 'Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi', '10 Unit', '1.600.000.000'),  # 504
    r('1', 'PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM', 'Kabupaten Bengkulu', 'Persentase Koperasi yang mendapatkan izin dalam satu tahun', '100%', '843.211.791', bold='15'),  # 505
    r('', 'Penerbitan izin usaha simpan pinjam untuk koperasi dengan wilayah keanggotaan dalam daerah Kabupaten / Kota', 'Kabupaten Bengkulu', 'Persentase Koperasi yang mendapatkan izin dalam satu tahun', '100%', '843.211.791', bold='5'),  # 506
    r('1', 'Fasilitasi pemenuhan izin usaha simpan pinjam dan pembukaan kantor cabang, cabang pembantu dan kantor kas koperasi simpan pinjam untuk koperasi dengan wilayah keanggotaan dalam daerah Kabupaten / Kota', 'Kabupaten Bengkulu', 'Jumlah koperasi yang mendapatkan simpan pinjam dalam satu tahun', '40 kop', '543.211.791'),  # 507
    r('2', 'Penerbitan izin pembukaan kantor cabang, cabang pembantu dan kantor kas koperasi simpan pinjam untuk koperasi dengan wilayah keanggotaan dalam Daerah Kabupaten / Kota', 'Kabupaten Bengkulu', 'Persentase koperasi yang mendapatkan izin dalam satu tahun'),  # 508
    # seed line 509: blank (page break)
    PAGE,  # seed line 510: number row printed again
    r('3', 'Fasilitasi pemenuhan izin usaha pembukaan kantor cabang, cabang pembantu, dan kantor kas koperasi simpan pinjam untuk koperasi dengan wilayah keanggotaan dalam daerah Kabupaten / Kota', 'Kabupaten Bengkulu', 'Jumlah Koperasi yang Mendapatkan izin dalam satu tahun', '3 kop', '300.000.000'),  # 511
    r('J', 'PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI', 'Kabupaten Bengkulu', 'Persentase Koperasi yang mendapatkan pengawasan dan pemeriksaan dalam satu tahun', '100%', '685.109.580', bold='1345'),  # 512
    r('1', 'Pemeriksaan dan pengawasan koperasi, koperasi simpan pinjam /unit simpan pinjam koperasi yang wilayah keanggotaannya dalam daerah Kabupaten / Kota', 'Kabupaten Bengkulu'),  # 513
    r('2', 'Pengawasan kekuatan, Kesehatan, kemandirian, ketangguhan, serta akuntabilitas koperasi kewenangan Kabupaten / Kota', 'Kabupaten Bengkulu', 'Jumlah pengawasan dalam satu tahun', '45 kop', '320.105.000'),  # 514
    r('3', 'Pemeriksaan kepatuhan koperasi terhadap peraturan perundang undangan kewenangan Kabupaten / Kota', 'Kabupaten Bengkulu', 'Jumlah pemeriksaan kepatuhan dalam satu tahun', '30 kop', '365.004.500'),  # 515
    r('K', 'PROGRAM PENILAIAN KESEHATAN KSP / USP', 'Kabupaten Bengkulu', 'Persentase koperasi yang dinilai Kesehatan dalam satu tahun', '100%', '614.841.931', bold='1345'),  # 516
    r('1', 'Penilaian kesehatan koperasi simpan pinjam / Unit simpan pinjam koperasi yang wilayah keanggotaannya dalam 1 (satu) Daerah Kabupaten/ Kota', 'Kabupaten Bengkulu'),  # 517
    # seed line 518: blank (page break)
    PAGE,  # seed line 519: number row printed again
    r('2', 'Pelaksanaan penilaian Kesehatan KSP/USP koperasi kewenangan Kabupaten / Kota', 'Kabupaten Bengkulu', 'Jumlah penilaian Kesehatan koperasi dalam satu tahun', '70 kop', '285.120.400'),  # 520
    r('3', 'Penghargaan Kesehatan KSP /USP Koperasi Kewenangan Kabupaten / Kota', '', 'Jumlah penghargaan Kesehatan yang dinilai dalam satu tahun', '6 kop', '329.721.531'),  # 521
    r('L', 'PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN', 'Kabupaten Bengkulu', 'Jumlah koperasi yang mendapatkan Pendidikan dan pelatihan perkoperasian', '100%', '720.243.405', bold='1345'),  # 522
    r('1', 'Pendidikan dan Latihan bagi koperasi yang wilayah keanggotaan dalam daerah Kabupaten / Kota', 'Kabupaten Bengkulu'),  # 523
    r('2', 'Peningkatan pemahaman dan pengetahuan perkoperasian serta kapasitas dan kompetensi SDN Koperasi', 'Kabupaten Bengkulu', 'Jumlah koperasi yang mendapatkan Pendidikan dan pelatihan perkoperasian', '110 Kop', '720.243.405'),  # 524
    r('M', 'PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI', 'Kabupaten Bengkulu', 'Persentase koperasi yang mendapatkan akses dalam satu tahun', '100%', '550.000.000', bold='1345'),  # 525
    r('1', 'Pemberdayaan dan perlindungan koperasi yang keanggotaannya dalam Daerah Kabupaten / Kota', 'Kabupaten Bengkulu'),  # 526
    r('2', 'Pemberdayaan peningkatan produktifitas, nilai tambah, akses pasar, akses pembiayaan, penguatan kelembagaan, penataan manajemen, standarisasi, dan rekturisasi usaha koperasi kewenangan Kabupaten / Kota', 'Kabupaten Bengkulu', 'Jumlah koperasi yang mendapatkan akses dalam satu tahun', '30 Kop', '250.000000'),  # 527
    # seed line 528: blank (page break)
    PAGE,  # seed line 529: number row printed again
    r('3', 'Penumbuhan kesadaran keluarga dalam peningkatan taraf hidup keluarga melalui kehidupan berkoperasi dan pengembangan ekonomi lainnya', 'Kabupaten Bengkulu', 'Jumlah koperasi yang mendapatkan kesadaran dalam meningkatkan taraf hidup keluarga', '33 Kop', '300.000.000'),  # 530
    r('N', 'PROGRAM PEMBERDAYAAN USAHA MENNEGAH, USAHA KECIL DAN USAHA MIKRO (UMKM)', 'Kabupaten Bengkulu', 'Persentase UKM yang mendapatkan pelatihan dalam satu tahun', '100%', '1.920.000.000', bold='1'),  # 531
    r('1', 'Pemberdayaan usaha mikro yang dilakukan melalui pendataan, kemitraan, kemudahan perizinan, penguatan kelembagaan dan koordinasi dengan para pemangku Kepentingan', 'Kabupaten Bengkulu'),  # 532
    r('2', 'Penataan potensi dan pengembangan usaha mikro', 'Kabupaten Bengkulu', 'Jumlah data UKM yang didapatkan dalam satu tahun', '80 UKM', '345.000.000'),  # 533
    r('3', 'Pemberdayaan melalui kemitraan usaha mikro', 'Kabupaten Bengkulu', 'Jumlah UKM yang bermitra dalam satu tahun', '60 UKM', '495.000.000'),  # 534
    r('4', 'Fasilitas kemudahan perizinan usaha mikro', 'Kabupaten Bengkulu', 'Jumlah UKM yang mendapatkan izin dalam satu tahun', '100UKM', '300.000.000'),  # 535
    r('5', 'Pemberdayaan kelembagaan potensi dan pengembangan usaha mikro', 'Kabupaten Bengkulu', 'Jumlah UKM yang mendapatkan potensi dan pengembangan dalam satu tahun', '50 UKM', '345.000.000'),  # 536
    r('6', 'Koordinasi dan sinkronisasi dengan para pemangku kepentingan dalam pemberdayaan usaha mikro', 'Kabupaten Bengkulu', 'Jumlah UKM yang mendapatkan koordinasi dan sinkronisasi dalam satu tahun', '30 UKM', '380.000.000'),  # 537
    # seed line 538: blank (page break)
    PAGE,  # seed line 539: number row printed again
    r('0', 'PROGRAM PENGEMBANGAN USAHA', 'Kabupaten Bengkulu', 'Persentase UKM yang mendapatkan fasilitasi dalam satu tahun', '100%', '632.408.844', bold='1345'),  # 540
    r('1', 'Pengembangan usaha mikro dengan orientasi peningkatan skala menjadi usaha kecil'),  # 541
    r('2', 'Fasilitasi usaha mikro menjadi usaha kecil dalam pengembangan produksi dan pengolahan, pemasaran, SDM, serta desain dan teknologi', 'Kabupaten Bengkulu', 'Jumlah UKM yang mendapatkan fasilitasi dalam satu tahun', '80 UKM', '632.408.844', bold='345'),  # 542
]

SIGNATURE = []  # none: BAB III follows the table


def build(workbook):
    """Writes s3-bengkalis-tc31.xlsx: three title lines, the two-row header with the number row, the
    number row again at each of the original's page breaks, bold cells as printed, money as text."""
    wb = workbook("s3-bengkalis-tc31.xlsx")
    ws = wb.add_worksheet("T-C.31")
    ws.set_landscape()
    title = wb.add_format({"bold": True, "align": "center"})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    fmt = {}
    for b in (False, True):
        fmt[b, False] = wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "bold": b})
        fmt[b, True] = wb.add_format({"border": 1, "align": "right", "valign": "top", "bold": b})
    for i, t in enumerate(TITLE):
        ws.merge_range(i, 0, i, 11, t, title)
    r = len(TITLE) + 1
    ws.merge_range(r, 0, r + 1, 0, HEADER[0], head)
    ws.merge_range(r, 1, r, 5, HEADER_GROUPS[0], head)
    ws.merge_range(r, 6, r, 10, HEADER_GROUPS[1], head)
    ws.merge_range(r, 11, r + 1, 11, HEADER[11], head)
    for c in range(1, 11):
        ws.write(r + 1, c, HEADER[c], head)
    r += 2

    def numbers(r):
        for c, t in enumerate(NUMBERS):
            ws.write_string(r, c, t, head)
        return r + 1

    r = numbers(r)
    write_pages(ws, ROWS, r, fmt, MONEY, numbers, PAGE)
    set_widths(ws, [(0, 0, 5), (1, 1, 40), (2, 2, 14), (3, 3, 34), (4, 4, 11), (5, 5, 15), (6, 10, 12), (11, 11, 14)])
    wb.close()
