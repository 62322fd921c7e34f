"""Seed S1 (001_d488c239828ced52.txt, LKIP 2023 of the Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten
Flores Timur), the realisation blocks of BAB III A "Capaian Kinerja Organisasi" (seed lines 869-1400:
"Belanja Program Perangkat Daerah", programme I with kegiatan 1-8, then "Belanja Urusan Koperasi Usaha Kecil
dan Menengah", programmes II-VI), laid out one row per programme, kegiatan and sub kegiatan, with the DPA
total of BAB III B "Realisasi Anggaran" (seed lines 1495-1503) as the last row "Jumlah".
Its kind is `realisasi` (templates/realisasi.json, layouts.md §3.9), variant `realisasi-ringkas`.

The document prints prose, not a table. Each sub kegiatan is a bullet ("• Sub Kegiatan : <name>") followed by
"Pagu Anggaran : Rp. … / Realisasi : Rp. … / Sisa Anggaran : Rp. … / Prosentase : … %." and an "Outcome"
line; here that is one row: No | name | Pagu | Realisasi | Prosentase | Sisa (the block's Sisa and Prosentase
swapped into the template's column order). Programme and kegiatan lines carry no amounts of their own in the
document: their cells stay empty (renja computes parents). The Outcome lines are not rows.
Row: (kind, No, uraian, pagu, realisasi, prosentase, sisa), kind "program" | "kegiatan" | "sub" | "total";
kegiatan rows are written in bold. Amounts are the printed text with "Rp."/"Rp" and the " %."/"%" dropped,
written as text cells, so the document's mixed notations reach the reader unchanged (layouts.md §6 S1 item
5: "95.56", "93.99", "99.04", "99.78" with dot decimals, "47,492.500" and "42,752,390" with commas);
"Rp. -" -> "-"; "100 %" -> "100".

Judgement calls, all noted here:
* Rows come from the realisation section (lines 869-1400), not from the list of BAB II B "Program, Kegiatan
  dan Sub Kegiatan Tahun Anggaran 2023" (lines 615-822), because the blocks are printed there under their
  names. The two lists differ: II B spells kegiatan 1 "Perencanaan Pengganggaran dan Evaluasi Kinerja
  Perangkat Daerah" (here "Perencanaan, Penganggaran …"), names the sub kegiatan of the Pengawasan programme
  "Pengawasan Kekuatan, Kesehatan, Kemandirian, Ketangguhan, Serta Akuntabilitas Koperasi Kewenangan
  Kabupaten/Kota" (here "Pemeriksaan Kepatuhan Koperasi terhadap …"), and lists a programme "6. Program
  Pemberdayaan Usaha Menengah, Usaha Kecil Dan Usaha Mikro (UMKM)" with kegiatan "Pemberdayaan Usaha Mikro
  yang Dilakukan melalui Pendataan, …" and sub kegiatan "Pendataan Potensi dan Pengembangan Usaha Mikro" that
  has no block and no place in the realisation section: it is not a row (II B's "7. PROGRAM PENGEMBANGAN
  UMKM" is the realisation section's "VI. Program Pengembangan UMKM").
* Names: the wrapped lines of the extraction joined with one space, runs of spaces collapsed to one
  ("Koordinasi dan  Penyusunan" -> "Koordinasi dan Penyusunan"); everything else as printed, misspellings
  included ("Penyedian", "Peyusunan", "Keanggotaaannya", "perkoperasiaan", "kompetinsi"), the spacing
  around "/" and "," ("Pemeliharaan /Rehabilitasi", "Pemeliharaan/ Rehabilitasi",
  "Pemeliharaan,Pajak,dan Perizinan") and the en dash of "perundang – undangan".
* Prefixes: "I. Program … dengan :" -> "Program …" (the roman number goes to No; the connector "dengan :" or
  the trailing ":" of "Program Penilaian Kesehatan KSP/USP Koperasi:" is the sentence, not the name);
  "1. Kegiatan  : X" and "Kegiatan :X" -> "X"; "• Sub Kegiatan : X", "• Sub Kegiatan X" (no colon, lines 991,
  1006, 1040), "• Sub Kegaiatan : X" (misspelt prefix, line 1243), a bare "• X" (lines 959, 973, 1022, 1188)
  and "Sub Kegiatan :" with the name on the next lines -> "X".
* No: the document's own numbers, programmes "I".."VI" and kegiatan "1".."8" under programme I. The one
  kegiatan of each of programmes II-VI is printed without a number: it gets "1" here, like the kegiatan
  under I, so that a code-less kegiatan row without amounts stands as a row of its own. Sub kegiatan are
  bullets ("•"): their No is empty.
* The two group headings "Belanja Program Perangkat Daerah" (line 869) and "Belanja Urusan Koperasi Usaha
  Kecil dan Menengah" (line 1276) are not rows (neither programme, kegiatan nor sub kegiatan).
* Programme IV's block is headed "Pagu anggara" (line 1345, the 30th block; 29 print "Pagu Anggaran").
* "Jumlah": "ditetapkan sebesar Rp. 3.478.706.672, dengan realisasi sebesar Rp 3.404.207.500 atau sebesar
  97,86 %" (lines 1499-1503, DPA 2023 setelah Perubahan, Belanja Langsung dan Belanja Tidak Langsung); the
  document states no sisa for it: that cell stays empty. Written in bold.
Kept as printed although inconsistent (layouts.md §6 S1): Gaji sisa 56.903.763 (2.139.191.029 -
2.082.287.329 = 56.903.700); rapat koordinasi sisa 135.000 and 99,89 (99.097, 99,92); Pendukung Gedung
realisasi 2.989.575 over pagu 2.944.495 with sisa 4.920 and 99,84; Σ sub kegiatan 3.478.656.609 /
3.404.243.500 vs the DPA total 3.478.706.672 / 3.404.207.500."""

TITLE = [
    "B. Realisasi Anggaran",
    "Dokumen Pelaksanaan Anggaran (DPA) Tahun Anggaran 2023 setelah Perubahan",
    "Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Flores Timur",
]

HEADER = ["No", "Program / Kegiatan / Sub Kegiatan", "Pagu Anggaran (Rp)", "Realisasi (Rp)", "Prosentase (%)",
          "Sisa Anggaran (Rp)"]


def program(no, uraian):
    return ("program", no, uraian, "", "", "", "")


def kegiatan(no, uraian):
    return ("kegiatan", no, uraian, "", "", "", "")


def sub(uraian, pagu, realisasi, sisa, persen):
    """A sub kegiatan with its block, in the block's printed order (Pagu, Realisasi, Sisa, Prosentase)."""
    return ("sub", "", uraian, pagu, realisasi, persen, sisa)


ROWS = [
    program("I", "Program Penunjang Urusan Pemerintah Daerah"),  # 878
    kegiatan("1", "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah"),  # 882-884
    sub("Penyusunan Dokumen Perencanaan Perangkat Daerah", "36.280.240", "35.259.800", "1.020.440", "97,19"),  # 886-894
    sub("Koordinasi dan Penyusunan Dokumen RKA-SKPD", "11.999.720", "11.951.400", "48.320", "99,60"),  # 900-908
    sub("Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
        "16.266.850", "16.265.600", "1.250", "99,99"),  # 914-924
    sub("Evaluasi Kinerja Perangkat Daerah", "11.523.500", "11.457.800", "65.700", "99,43"),  # 930-938
    kegiatan("2", "Administrasi Keuangan Perangkat Daerah"),  # 941
    sub("Penyedian Gaji dan Tunjangan ASN", "2.139.191.029", "2.082.287.329", "56.903.763", "97,34"),  # 945-953
    sub("Pelaksanaan Penatausahaan dan Pengujian / Verifikasi Keuangan SKPD",
        "52.500.000", "52.500.000", "-", "100"),  # 959-967
    sub("Koordinasi dan Peyusunan Laporan Keuangan Bulanan / Triwulanan / Semesteran SKPD",
        "22.432.000", "22.414.000", "18.000", "99,92"),  # 973-983
    kegiatan("3", "Administrasi Barang Milik Daerah pada Perangkat Daerah"),  # 989
    sub("Penatausahaan Barang Milik Daerah pada SKPD", "11.999.570", "11.969.100", "30.470", "99,75"),  # 991-999
    kegiatan("4", "Administrasi Kepegawaian Perangkat Daerah"),  # 1004
    sub("Koordinasi dan Pelaksanaan Sistem Informasi Kepegawaian", "8.499.000", "8.369.400", "129.600", "98,48"),  # 1006-1014
    sub("Monitoring, Evaluasi dan Penilaian Kinerja Pegawai", "7.499.825", "7.429.700", "70.125", "99,06"),  # 1022-1030
    kegiatan("5", "Administrasi Umum Perangkat Daerah"),  # 1038
    sub("Penyediaan Komponen Instalasi Listrik/penerangan bangunan kantor",
        "1.998.505", "1.998.500", "5", "100"),  # 1040-1050
    sub("Penyediaan Peralatan dan Perlengkapan Kantor", "47.503.125", "47,492.500", "10.625", "99,98"),  # 1056-1064
    sub("Penyedian Bahan Logistik Kantor", "24.058.100", "24.041.206", "16.894", "99,93"),  # 1067-1075
    sub("Penyediaan barang cetak dan penggandaan", "39.728.360", "39.728.300", "60", "100"),  # 1081-1089
    sub("Penyedian bahan bacaan dan peraturan perundang \u2013 undangan", "1.800.000", "1.800.000", "-", "100"),  # 1095-1103
    sub("Fasilitasi kunjungan tamu", "20.000.000", "20.000.000", "-", "100"),  # 1109-1117
    sub("Penyelenggaraan rapat koordinasi dan konsultasi SKPD", "122.995.000", "122.895.903", "135.000", "99,89"),  # 1123-1131
    kegiatan("6", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah"),  # 1136-1138
    sub("Pengadaan Sarana dan Prasarana Gedung kantor atau Bangunan lainnya",
        "22.636.920", "21.631.500", "1.005.420", "95.56"),  # 1140-1150
    kegiatan("7", "Penyediaan Jasa Penunjang urusan Pemerintah Daerah"),  # 1158
    sub("Penyedian Jasa Surat Menyurat", "1.500.000", "1.500.000", "-", "100"),  # 1160-1168
    sub("Penyedian Jasa Komunikasi Sumber Daya Air dan Listrik", "50.886.500", "47.826.182", "3.060.318", "93.99"),  # 1174-1182
    sub("Penyediaan Jasa Pelayanan Umum Kantor", "128.000.000", "121.600.000", "6.400.000", "95"),  # 1188-1196
    kegiatan("8", "Pemeliharaan Barang Milik Daerah Penunjang urusan Pemerintah Daerah"),  # 1201-1203
    sub("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan,Pajak,dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
        "22.422.315", "20.969.290", "1.453.025", "93,52"),  # 1205-1217
    sub("Pemeliharaan /Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "14.998.000", "14.997.600", "400", "100"),  # 1225-1235
    sub("Pemeliharaan/ Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan lainnya",
        "5.000.000", "5.000.000", "-", "100"),  # 1243-1253
    sub("Pemeliharaan/ Rehabilitasi Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan lainnya",
        "2.944.495", "2.989.575", "4.920", "99,84"),  # 1258-1268
    program("II", "Program Pengawasan dan Pemeriksaan Koperasi"),  # 1280
    kegiatan("1", "Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang "
                  "Wilayah Keanggotaaannya dalam Daerah Kabupaten/Kota"),  # 1282-1286
    sub("Pemeriksaan Kepatuhan Koperasi terhadap Peraturan Perundang-undangan kewenangan kabupaten/kota",
        "36.574.940", "36.574.800", "140", "100"),  # 1288-1300
    program("III", "Program Penilaian Kesehatan KSP/USP Koperasi"),  # 1308
    kegiatan("1", "Penilaian Kesehatan Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah "
                  "Keanggotaannya dalam 1 (satu) Daerah Kabupaten/Kota"),  # 1310-1314
    sub("Pelaksanaan Penilaian Kesehatan KSP/USP Koperasi Kewenangan Kabupaten/Kota",
        "14.999.970", "14.856.500", "143.470", "99.04"),  # 1316-1327
    program("IV", "Program Pendidikan dan Latihan Perkoperasian"),  # 1333
    kegiatan("1", "Pendidikan dan latihan Perkoperasian bagi koperasi yang wilayah keanggotaan dalam daerah "
                  "kabupaten/kota"),  # 1335-1337
    sub("Peningkatan pemahaman dan pengetahuan perkoperasiaan serta kapasitas dan kompetinsi SDM Koperasi",
        "531.237.335", "530.077.425", "1.159.910", "99.78"),  # 1339-1351 ("Pagu anggara")
    program("V", "Program Pemberdayaan Dan Perlindungan Koperasi"),  # 1359
    kegiatan("1", "Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya dalam Daerah Kabupaten/Kota"),  # 1361-1363
    sub("Penumbuhan Kesadaran Keluarga dalam Peningkatan Taraf Hidup Keluarga melalui kehidupan berkoperasi dan "
        "pengembangan ekonomi lainnya", "26.431.575", "25.607.700", "823.875", "96,88"),  # 1365-1377
    program("VI", "Program Pengembangan UMKM"),  # 1382
    kegiatan("1", "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha menjadi Usaha Kecil"),  # 1384-1386
    sub("Fasilitasi Usaha Mikro Menjadi Usaha Kecil dalam Pengembangan Produksi dan Pengolahan, Pemasaran, SDM, "
        "serta Desain dan Teknologi", "44.749.735", "42,752,390", "1.997.345", "95,54"),  # 1388-1400
    ("total", "", "Jumlah", "3.478.706.672", "3.404.207.500", "97,86", ""),  # 1499-1503
]

assert sum(1 for r in ROWS if r[0] == "sub") == 30  # 29 "Pagu Anggaran" blocks and one "Pagu anggara"


def build(workbook):
    """Writes s1-lkip-realisasi.xlsx: three title lines, the one-row header, one row per programme, kegiatan
    and sub kegiatan (kegiatan in bold), the amounts as the printed text, and the DPA total as "Jumlah"."""
    wb = workbook("s1-lkip-realisasi.xlsx")
    ws = wb.add_worksheet("Realisasi 2023")
    bold = wb.add_format({"bold": True, "align": "center"})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    cellb = wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "bold": True})
    no = wb.add_format({"border": 1, "align": "center", "valign": "top"})
    nob = wb.add_format({"border": 1, "align": "center", "valign": "top", "bold": True})
    amount = wb.add_format({"border": 1, "align": "right", "valign": "top"})
    amountb = wb.add_format({"border": 1, "align": "right", "valign": "top", "bold": True})
    width = len(HEADER)
    for i, t in enumerate(TITLE):
        ws.merge_range(i, 0, i, width - 1, t, bold)
    r = len(TITLE) + 1
    for c, t in enumerate(HEADER):
        ws.write(r, c, t, head)
    r += 1
    for kind, n, uraian, *amounts in ROWS:
        b = kind in ("kegiatan", "total")
        if n:
            ws.write_string(r, 0, n, nob if b else no)
        else:
            ws.write_blank(r, 0, None, nob if b else no)
        ws.write_string(r, 1, uraian, cellb if b else cell)
        for c, v in enumerate(amounts, start=2):
            if v:
                ws.write_string(r, c, v, amountb if b else amount)  # as printed, see the module docstring
            else:
                ws.write_blank(r, c, None, amountb if b else amount)
        r += 1
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 60)
    ws.set_column(2, 5, 16)
    wb.close()
