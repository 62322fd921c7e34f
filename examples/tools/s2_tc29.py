"""Seed S2 (002_59a2aab990c69703.txt, Renja 2022 Dinas Koperasi dan Usaha Mikro, Kabupaten
Lumajang), Tabel T-C.29 "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian
Renstra Perangkat Daerah s/d Tahun 2020" (seed lines 186-267), every row as printed: the
`tc29-tanpa-catatan` variant (11 numbered columns, no Catatan), number row printing 10=(5+7+9)/3 and
11=(10/9) (layouts.md §6 S2 item 8), only columns 1-4 and 9 filled, no signature block after the table.

Physical columns (16): A-F Kode (the code is printed split over up to six narrow cells, garbled: the first
digit of each segment, "2 1 0 2 0 0" for a sub kegiatan, "2 1 0 2 0 5" for kegiatan 2.05, "2 1 0" for a
program, a lone "2" in the first rows), G uraian (2), H indikator (3), I..P columns 4..11.
Row: (kind, kode cells A-F, uraian, indikator, values of columns 4..11).
kind: U urusan, B bidang, P program, K kegiatan, S sub kegiatan, I a second indicator of the row above,
C a line that continues the uraian of the row above (the PDF wrapped it onto the next page).

The extraction drops and adds empty cells page by page (the code area is 6, 9, 6 or 7 cells wide, the
gap before the second target 4 to 9 cells); judgement calls, all noted here:
* the second value of every row (equal to its column-4 target on every row) is read as column 9
  "Target ... tahun (n-1) - 2021", also where the extraction puts it one or two cells later (line 218,
  "1 fasilitas" of the second indicator of Penyediaan Barang Cetak; lines 232-236 and 248-253 where it
  is the last cell): layouts.md §3.1 and every neighbour have only columns 4 and 9 filled;
* the kode pieces are kept in the order printed, left-aligned in A-F (the wider code areas of
  seed lines 232-236 and 246-253 only add empty cells); "2 1 0 0" (lines 233, 235) and "2 1 0 0 0"
  (line 236) are kept as printed;
* the two lone "Kabupaten/Kota" lines at the top of a page (lines 238 and 246) are the wrapped end
  of the uraian of the last row of the previous page (Sub kegiatan Fasilitasi Pemenuhan Izin Usaha
  Pembukaan Kantor Cabang ... dalam Daerah; Kegiatan Penilaian Kesehatan ... dalam 1 (satu) Daerah)
  and stay continuation rows under Uraian, as printed;
* line 256 (second indicator of Sub Kegiatan Pemberdayaan Peningkatan Produktivitas ...) repeats the
  tail "Tambah, Akses Pasar, ... Kewenangan Kabupaten/Kota" of the uraian printed complete on line 255:
  read as one uraian cell spanning both indicator rows (merged G over the two rows), the second row
  carrying only its indicator and targets, like the second indicator of Penyediaan Barang Cetak;
* the header's first row puts "Target Kinerja ... tahun (n-1)" in column 9 over both header rows and
  "Perkiraan Realisasi Capaian Target tahun n-1- 2021 (Renstra PD)" over columns 10-11, as printed.
Texts, misspellings ("korrdinasi", "Kemenkunham", "Penyediaan Administrasi Pelaksanaan Tugas ASN",
"Fasilitas Kunjungan Tamu"), the swapped indicators of the two Laporan Keuangan sub kegiatan, lower-case
"Sub kegiatan" (line 236), the title's "s/d Tahun 2020" and the header's "Tahun n - 2022" are as printed."""

from look import text  # noqa: E402


TITLE = [
    "Tabel T-C.29",
    "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat Daerah s/d Tahun 2020",
    "Kabupaten Lumajang",
    "Nama Perangkat Daerah: Dinas Koperasi dan Usaha Mikro",
]

# Header of the eleven numbered columns as printed (None: covered by the merge to the left or above).
HEADER_TOP = [
    "Kode",
    "Urusan/Bidang Urusan Pemerintahan Daerah Dan Program/Kegiatan/Sub Kegiatan",
    "Indikator Kinerja Program/Kegiatan/Sub Kegiatan",
    "Target Kinerja Program/Kegiatan/Sub Kegiatan Tahun n - 2022 (Renstra PD)",
    "Realisasi Target Kinerja Program/Kegiatan/Sub Kegiatan s/d Tahun (n-3) - 2019",
    "Target dan Realisasi Kinerja Program/Kegiatan/Sub Kegiatan Tahun Lalu (n-2) - 2020 (Renja PD)", None, None,
    "Target Kinerja Program/Kegiatan/Sub Kegiatan tahun (n-1) - 2021 (Renja PD)",
    "Perkiraan Realisasi Capaian Target tahun n-1- 2021 (Renstra PD)", None,
]
HEADER_SUB = [
    None, None, None, None, None,
    "Target Renja Perangkat Daerah tahun (n-2) - 2020",
    "Realisasi Renja Perangkat Daerah tahun (n-2) - 2020",
    "Tingkat Realisasi (%)",
    None,
    "Realisasi Capaian Program/Kegiatan/Sub Kegiatan s/d tahun berjalan (tahun n-1)- 2021 (Renstra PD)",
    "Tingkat Capaian Realisasi Target (%)",
]
NUMBERS = ["1", "2", "3", "4", "5", "6", "7", "8=(7/6)", "9", "10=(5+7+9)/3", "11=(10/9)"]

KODE_CELLS = 6


def r(kind, kode, uraian, indikator="", target="", target_n1=""):
    """A row: kode is the printed pieces ("2 1 0 2 0 0"); columns 5-8, 10 and 11 are empty on every row."""
    cells = tuple(kode.split()) if kode else ()
    cells = cells + ("",) * (KODE_CELLS - len(cells))
    return (kind, cells, uraian, indikator, target, "", "", "", "", target_n1, "", "")


SUB = "2 1 0 2 0 0"  # the code printed on nearly every sub kegiatan row

ROWS = [
    r("U", "2", "Urusan Pemerintahan Wajib Yang Tidak Berkaitan Dengan Pelayanan Dasar"),
    r("B", "2", "Bidang Urusan Koperasi, Usaha Kecil, Dan Menengah"),
    r("P", "2", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase pemenuhan fasilitasi kebutuhan operasional perkantoran", "100%", "100%"),
    r("K", "2", "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Persentase fasilitasi dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja", "100%", "100%"),
    r("S", SUB, "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah jenis dokumen perencanaan", "2 dok", "2 dok"),
    r("S", SUB, "Sub Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Jumlah dokumen RKA-SKPD", "1 dok", "1 dok"),
    r("S", SUB, "Sub Kegiatan Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Jumlah dokumen LAKIP", "1 dok", "1 dok"),
    r("S", SUB, "Sub Kegiatan Evaluasi Kinerja Perangkat Daerah", "Jumlah jenis dokumen evaluasi kinerja PD", "1 dok", "1 dok"),
    r("K", "2 1 0 2 0 2", "Kegiatan Administrasi Keuangan Perangkat Daerah", "Persentase fasilitasi Administrasi Keuangan Perangkat Daerah", "100%", "100%"),
    r("S", SUB, "Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN", "Jumlah ASN terlayani gaji dan tunjangan", "24 ASN", "24 ASN"),
    r("S", SUB, "Sub Kegiatan Penyediaan Administrasi Pelaksanaan Tugas ASN", "Jumlah fasilitasi administrasi keuangan pelaksanaan tugas ASN", "1 fasilitasi", "1 fasilitasi"),
    r("S", SUB, "Sub Kegiatan Koordinasi dan Pelaksanaan Akuntansi SKPD", "Jumlah Dokumen Akuntansi SKPD", "5 dok", "5 dok"),
    r("S", SUB, "Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Jumlah Jenis Laporan Keuangan", "5 dok", "5 dok"),
    r("S", SUB, "Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "Jumlah jenis Laporan Keuangan Akhir Tahun", "1 dok", "1 dok"),
    r("K", "2 1 0 2 0 5", "Kegiatan Administrasi Kepegawaian Perangkat Daerah", "Persentase fasilitas Administrasi Kepegawaian PD", "100%", "100%"),
    r("S", SUB, "Sub Kegiatan Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", "jumlah jenis pakaian dinas yang disediakan", "45 stel", "45 stel"),
    r("K", "2 1 0 2 0 6", "Kegiatan Administrasi Umum Perangkat Daerah", "Persentase fasilitas Administrasi Umum PD", "100%", "100%"),
    r("S", SUB, "Sub Kegiatan Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Jumlah jenis komponen instalasi Listrik/Penerangan yang disediakan", "10 jenis", "10 jenis"),
    r("S", SUB, "Sub Kegiatan Penyediaan Bahan Logistik Kantor", "Jumlah jenis bahan logistik kantor yang disediakan", "40 jenis", "40 jenis"),
    r("S", SUB, "Sub Kegiatan Penyediaan Barang Cetak dan Penggandaan", "Jumlah jenis barang cetakan yang disediakan", "8 jenis", "8 jenis"),
    r("I", "", "", "jumlah fasilitas penggandaan dokumen", "1 fasilitas", "1 fasilitas"),
    r("S", SUB, "Sub Kegiatan Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "Jumlah jenis bahan bacaan disediakan", "2 jenis", "2 jenis"),
    r("S", SUB, "Sub Kegiatan Fasilitas Kunjungan Tamu", "Jumlah fasilitas kunjungan tamu", "1 fasilitas", "1 fasilitas"),
    r("S", SUB, "Sub Kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Jumlah fasilitasi korrdinasi dan konsultasi SKPD", "3 fasilitasi", "3 fasilitasi"),
    r("K", "2 1 0 2 0 7", "Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "Persentase fasilitasi pengadaan BMD", "100%", "100%"),
    r("S", SUB, "Sub Kegiatan Pengadaan Peralatan dan Mesin lainnya", "Jumlah jenis peralatan kantor yang disediakan", "10 jenis", "10 jenis"),
    r("K", "2 1 0 2 0 8", "Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "Persentase fasilitasi penyediaan jasa penunjang operasional kantor", "100%", "100%"),
    r("S", SUB, "Sub Kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "jumlah rekening yang dibayar", "7 rekening", "7 rekening"),
    r("S", SUB, "Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor", "Jumlah fasilitasi jasa pelayanan umum kantor", "3 fasilitasi", "3 fasilitasi"),
    r("K", "2 1 0 2 0 9", "Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "Persentase fasilitasi pemeliharaan BMD", "100%", "100%"),
    r("S", SUB, "Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan", "Jumlah kendaraan dinas operasional/lapangan yang dipelihara", "14 unit", "14 unit"),
    r("S", SUB, "Sub Kegiatan Pemeliharaan Peralatan dan Mesin Lainnya", "Jumlah jenis peralatan yang dipelihara", "5 jenis", "5 jenis"),
    r("P", "2 1 0", "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM", "Jumlah izin usaha simpan pinjam yang dikeluarkan oleh Kemenkunham", "2 ijin", "2 ijin"),
    r("K", "2 1 0 0", "Kegiatan Penerbitan Izin Usaha Simpan Pinjam untuk Koperasi dengan Wilayah Keanggotaan dalam Daerah Kabupaten/Kota", "Jumlah Fasilitas penerbitan ijin usaha simpan pinjam koperasi", "3 koperasi", "3 koperasi"),
    r("S", "2 1 0 0 0 0", "Sub Kegiatan Fasilitasi Pemenuhan Izin Usaha Simpan Pinjam dan Pembukaan Kantor Cabang, Cabang Pembantu dan Kantor Kas Koperasi Simpan Pinjam untuk Koperasi dengan Wilayah Keanggotaan dalam Daerah Kabupaten/Kota", "Jumlah fasilitas pemenuhan izin usaha simpan pinjam", "3 koperasi", "3 koperasi"),
    r("K", "2 1 0 0", "Kegiatan Penerbitan Izin Pembukaan Kantor Cabang, Cabang Pembantu dan Kantor Kas Koperasi Simpan Pinjam untuk Koperasi dengan Wilayah Keanggotaan dalam Daerah Kabupaten/Kota", "Jumlah izin pembukaan kantor cabang, cabang pembantu dan kantor kas koperasi simpan pinjam yang dikeluarkan", "6 koperasi", "6 koperasi"),
    r("S", "2 1 0 0 0", "Sub kegiatan Fasilitasi Pemenuhan Izin Usaha Pembukaan Kantor Cabang, Cabang Pembantu dan Kantor Kas Koperasi Simpan Pinjam untuk Koperasi dengan Wilayah Keanggotaan dalam Daerah", "Jumlah fasilitas pemenuhan izin usaha pembukaan kantor cabang koperasi simpan pinjam", "6 koperasi", "6 koperasi"),
    r("C", "", "Kabupaten/Kota"),
    r("P", "2 1 0", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", "Jumlah koperasi yang mendapatkan pengawasan dan pemeriksaan", "20 koperasi", "20 koperasi"),
    r("K", "2 1 0 2 0 1", "Kegiatan Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/ Kota", "Jumlah koperasi yang diperiksa dan diawasi", "35 koperasi", "35 koperasi"),
    r("S", SUB, "Sub Kegiatan Pengawasan Kekuatan, Kesehatan, Kemandirian, Ketangguhan, serta Akuntabilitas Koperasi Kewenangan Kabupaten/Kota", "Jumlah pengawasan kekuatan, kesehatan, kemandirian, ketangguhan, serta akuntabilitas koperasi", "35 koperasi", "35 koperasi"),
    r("S", SUB, "Sub Kegiatan Pemeriksaan Kepatuhan Koperasi terhadap Peraturan Perundang-Undangan Kewenangan Kabupaten/Kota", "Jumlah pemeriksaan kepatuhan koperasi terhadap peraturan perundang-undangan", "35 koperasi", "35 koperasi"),
    r("P", "2 1 0", "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI", "Jumlah kesehatan KSP/USP koperasi", "Sehat 5 kop, cukup sehat 20 kop", "Sehat 5 kop, cukup sehat 20 kop"),
    r("K", "2 1 0 2 0 1", "Kegiatan Penilaian Kesehatan Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah Keanggotaannya dalam 1 (satu) Daerah", "Jumlah koperasi yang dinilai kesehatannya", "60 koperasi", "60 koperasi"),
    r("C", "", "Kabupaten/Kota"),
    r("S", SUB, "Sub Kegiatan Pelaksanaan Penilaian Kesehatan KSP/USP Koperasi Kewenangan Kabupaten/Kota", "Jumlah KSP/USP Koperasi yang dinilai kesehatannya", "60 koperasi", "60 koperasi"),
    r("S", SUB, "Sub Kegiatan Penghargaan Kesehatan KSP/USP Koperasi Kewenangan Kabupaten/Kota", "Jumlah KSP/USP Koperasi yang mendapatkan penghargaan kesehatan", "4 kategori", "4 kategori"),
    r("P", "2 1 0", "PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN", "Jumlah diklat /sosialisasi yang dilaksanakan", "110 koperasi", "110 koperasi"),
    r("K", "2 1 0 2 0 1", "Kegiatan Pendidikan dan Latihan Perkoperasian Bagi Koperasi yang Wilayah Keanggotaan dalam Daerah Kabupaten/Kota", "Jumlah diklat /sosialisasi yang dilaksanakan", "110 koperasi", "110 koperasi"),
    r("S", SUB, "Sub Kegiatan Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi", "Jumlah diklat /sosialisasi yang dilaksanakan", "110 koperasi", "110 koperasi"),
    r("P", "2 1 0", "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI", "Jumlah koperasi yang diberdayakan dan mendapatkan perlindungan", "210 koperasi", "210 koperasi"),
    r("K", "2 1 0 2 0 1", "Kegiatan Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya dalam Daerah Kabupaten/Kota", "Jumlah pemberdayaan dan perlindungan yang dilaksanakan", "210 koperasi", "210 koperasi"),
    r("S", SUB, "Sub Kegiatan Pemberdayaan Peningkatan Produktivitas, Nilai Tambah, Akses Pasar, Akses Pembiayaan, Penguatan Kelembagaan, Penataan Manajemen, Standarisasi, dan Restrukturisasi Usaha Koperasi Kewenangan Kabupaten/Kota", "Jumlah koperasi yang mengikuti Akses Pasar, akses pembiayaan", "55 koperasi", "55 koperasi"),
    r("I", "", "", "Jumlah koperasi yang mengikuti kelembagaan, penataan manajemen, standarisasi dan restrukturisasi usaha koperasi", "110 koperasi", "110 koperasi"),
    r("P", "2 1 0", "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", "Jumlah UM yang diberdayakan", "320 UM", "320 UM"),
    r("K", "2 1 0 2 0 1", "Kegiatan Pemberdayaan Usaha Mikro yang Dilakukan melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan", "Jumlah Fasilitas UM", "460 UM", "460 UM"),
    r("S", SUB, "Sub Kegiatan Pendataan Potensi dan Pengembangan Usaha Mikro", "Jumlah UM yang di data", "210 UM", "210 UM"),
    r("S", SUB, "Sub Kegiatan Pemberdayaan melalui Kemitraan Usaha Mikro", "Jumlah usaha mikro yang bermitra", "7 UM", "7 UM"),
    r("S", SUB, "Sub Kegiatan Fasilitasi Kemudahan Perizinan Usaha Mikro", "Jumlah fasilitas yang dilaksanakan", "110 UM", "110 UM"),
    r("S", SUB, "Sub Kegiatan Pemberdayaan Kelembagaan Potensi dan Pengembangan Usaha Mikro", "Jumlah UM yang diberdayakan", "310 UM", "310 UM"),
    r("S", SUB, "Sub Kegiatan Koordinasi dan Sinkronisasi dengan Para Pemangku Kepentingan dalam Pemberdayaan Usaha Mikro", "Jumlah koordinasi dan sinkronisasi yang dilaksanakan", "5 Kali", "5 Kali"),
    r("P", "2 1 0", "PROGRAM PENGEMBANGAN UMKM", "Jumlah UM yang berkembang", "210 UM", "210 UM"),
    r("K", "2 1 0 2 0 1", "Kegiatan Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil", "Jumlah usaha mikro yang difasilitasi", "310 UM", "310 UM"),
    r("S", SUB, "Sub Kegiatan Fasilitasi Usaha Mikro Menjadi Usaha Kecil dalam Pengembangan Produksi dan Pengolahan, Pemasaran, SDM, serta Desain dan Teknologi", "Jumlah fasilitasi yang dilaksanakan", "110 UM", "110 UM"),
]

# Rows (index in ROWS) whose uraian cell spans the next row too (seed lines 255-256).
MERGED_URAIAN = {next(i for i, x in enumerate(ROWS) if x[2].startswith("Sub Kegiatan Pemberdayaan Peningkatan Produktivitas"))}

SIGNATURE = []  # the table is followed directly by section 2.2; no signature block


def build(workbook):
    """Writes s2-lumajang-tc29.xlsx: four title lines, the two-row header with Kode merged over the six
    code cells, the number row, the rows as text, no signature."""
    wb = workbook("s2-lumajang-tc29.xlsx")
    ws = wb.add_worksheet("T-C.29")
    bold = wb.add_format({"bold": True, "align": "center"})
    plain = wb.add_format({})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    code = wb.add_format({"border": 1, "align": "center", "valign": "top"})
    last = KODE_CELLS + len(NUMBERS) - 2  # last physical column (P)
    center = wb.add_format({"align": "center"})
    for i, t in enumerate(TITLE):  # the title and "Kabupaten Lumajang" are bold in the original
        if i < 3:
            ws.merge_range(i, 0, i, last, t, bold if i else center)
        else:
            ws.write(i, 0, t, plain)
    r0 = len(TITLE) + 1

    def col(n):  # physical column of numbered column n (1-based); Kode is A-F
        return 0 if n == 1 else KODE_CELLS + n - 2

    ws.merge_range(r0, 0, r0 + 1, KODE_CELLS - 1, HEADER_TOP[0], head)
    n = 2
    while n <= len(HEADER_TOP):
        top = HEADER_TOP[n - 1]
        span = 1
        while n - 1 + span < len(HEADER_TOP) and HEADER_TOP[n - 1 + span] is None:
            span += 1
        if HEADER_SUB[n - 1] is None and span == 1:
            ws.merge_range(r0, col(n), r0 + 1, col(n), top, head)
        else:
            ws.merge_range(r0, col(n), r0, col(n + span - 1), top, head)
            for k in range(span):
                ws.write(r0 + 1, col(n + k), HEADER_SUB[n - 1 + k], head)
        n += span
    ws.merge_range(r0 + 2, 0, r0 + 2, KODE_CELLS - 1, NUMBERS[0], head)
    for k, t in enumerate(NUMBERS[1:], start=2):
        ws.write(r0 + 2, col(k), t, head)
    r = r0 + 3
    for i, row in enumerate(ROWS):
        kind, kode, uraian, indikator = row[:4]
        values = row[4:]
        for c, v in enumerate(kode):
            text(ws, r, c, v, code)
        if i in MERGED_URAIAN:
            ws.merge_range(r, col(2), r + 1, col(2), uraian, cell)
        elif i - 1 not in MERGED_URAIAN:
            text(ws, r, col(2), uraian, cell)
        text(ws, r, col(3), indikator, cell)
        for k, v in enumerate(values, start=4):
            text(ws, r, col(k), v, cell)
        r += 1
    ws.set_column(0, KODE_CELLS - 1, 3)
    ws.set_column(col(2), col(3), 40)
    ws.set_column(col(4), last, 13)
    wb.close()
