"""Seed S3 (003_bb023939b31bcc24.txt, Rancangan Awal Renja 2024 of the Dinas Koperasi, Usaha Kecil dan
Menengah, Kab. Bengkalis), the quarterly evaluation printed as "Tabel T-C.29" (seed lines 211-330), every row.

Physical columns (26): A Kode, B Sasaran RKPD, C Program/Kegiatan, D Indikator, E Satuan, then K|Rp pairs
F:G (6) Target Renstra, H:I (7) Realisasi Renstra s/d tahun lalu, J:K (8) Target tahun berjalan,
L:M N:O P:Q R:S (9-12) Triwulan I-IV, T:U (13) Realisasi, V:W (14 = 7+13), X:Y (15 = 14/6 x 100%), Z Unit SKPD.

The extraction drops empty cells and sometimes shifts a value; each value is put back in the column its
neighbours and the table's own arithmetic place it (the quarter sums of layouts.md §6 S3 fix the quarters).
Where the page printed the target K ("6 Dokumen") in the Satuan position, it is kept in the target K column.
Judgement calls, all noted here: 01.2.02.01 (Gaji) is read in the printed order (626.345.335 under TW I, the
TW III Rp cell empty; layouts.md §6 reads it under TW II, which the program's own TW I/II totals contradict);
program 08's money after the empty quarters is read as columns 13, 14 and 15 (the pattern of every other
program row); its predikat row prints four labels after the gap for three averages, the fourth is kept in
the Unit column. Amounts, codes, misspellings ("LIZIN", "PERDIKSI", "Peralat"), the duplicated code
01.2.09.02, "6,666,67", dot decimals and the predikat labels are as printed."""

TITLE = [
    "Tabel T-C.29.",
    "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat Daerah s/d Tahun 2022 Kabupaten Bengkalis",
    "Nama Perangkat Daerah : Dinas Koperasi Usaha kecil dan Menengah Kabupaten Bengkalis",
    "Sasaran Pembangunan Tahunan :",
    "Hal 1 dari 8",
]

# The header of each printed page (the texts vary from page to page in the original, typos included).
PAGE_HEADERS = [
    ("KODE", "Sasaran RPKD", "Target kinerja dan anggaran RPKD Tahun Berjalan (Tahun n-1) yang dievaluasi",
     "Realisasi Kinerja Pada Trwulan", "Realisasi Capaian Kinerja dan Anggaran RPKD yang dievaluasi",
     "Realisasi Kinerja dan Anggaran RENSTRA s/d Tahun 2022 (Akhir Tahun Pelaksanaan RPKD Tahun 2022)",
     "Tingkat Capaian Kinerja dan Realisasi Anggaran RENSTRA s/d tahun 2022", "Unit SKPD", "15 = 14/6 x 100%"),
    ("KODE", "Saasan RKP", "Target Kinerja dan anggaran RKP Tahun Berjalan [Tahun n-1] yang dievaluasi",
     "Realisasi Kinerja Pada Triwulan", "Realisasi Capaian Kinerja dan Anggaran RKP yang dievaluasi",
     "Realisasi Kinerja dan Anggaran RENSTRA sid Tahun 2022 (Akhir Tahun Pelaksanaan RKP Tahun 2022)",
     "Tingkat Capaian Kinerja dan Realisasi Anggaran RENSTRA sid tahun 2022", "Unit SKPD", "15 = 14B x 100%"),
    ("KODE", "Sawaran RKPD", "Target kinerja dan anggaran RKPD Tahun Berjalan (Tahun n-1) yang dievaluasi",
     "Realisasi Kinerja Pada Triwulan", "Realisasi Capaian Kinerja dan Anggaran RKPD yang dievaluasi",
     "Realisasi Kinerja dan Anggaran RENSTRA s/d Tahun 2022 (Akhir Tahun Pelaksanaan RKPD Tahun 2022)",
     "Tingkat Capaian Kinerja dan Realisasi Anggaran RENSTRA s/d tahun 2022", "Unit SKPD", "15 = 14/6 x 100%"),
    ("KODE", "Sasaran RKPD", "Target Kinerja dan anggaran RKPD Tahun berjalan (Tahun n-1) yang dievaluasi",
     "Realisasi Kinerja Pada Triwulan", "Realisasi Capaian Kinerja dan Anggaran RKPD yang dievaluasi",
     "Realisasi Kinerja dan Anggaran RENSTRA s/d Tahun 2022 (Akhir Tahun Pelaksanaan RKPD Tahun 2022)",
     "Tingkat Capaian Kinerja dan Realisasi Anggaran RENSTRA s/d Tahun 2022", "InisRPD", "15 = 14/6 x 100%"),
    ("KODE", "Sasaran RKP", "Target kinerja dan anggaran RKP Tahun Berjalan (Tahun n-1) yang dievaluasi",
     "Realisasi Kinerja pada Triwulan", "Realisasi Capaian Kinerja dan Anggaran RKP yang dievaluasi",
     "Realisasi Kinerja dan Anggaran RENSTRA s/d Tahun 2022 (Akhir Tahun Pelaksanaan RKP Tahun 2022)",
     "Tingkat Capaian Kinerja dan Realisasi Anggaran RENSTRA s/d tahun 2022", "Unit/ SKPD", "15 = 14/5 x 100%"),
    ("KODE", "Sawaran RKP", "Target kinerja dan anggaran RKP Tahun Berjalan (Tahun n-1) yang dievaluasi",
     "Realisasi Kinerja Pada Triwulan", "Realisasi Capaian Kinerja dan Anggaran RKP yang dievaluasi",
     "Realisasi Kinerja dan Anggaran RENSTRA s/d Tahun 2022 (Akhir Tahun Pelaksanaan RKP Tahun 2022)",
     "Tingkat Capaian Kinerja dan Realisasi Anggaran RENSTRA s/d tahun 2022", "Unit SKPD", "15 = 14/6 x 100%"),
    ("KODE", "Sasaran RKP", "Target kinerja dan anggaran RKP Tahun Berjalan (Tahun n-1) yang dievaluasi",
     "Realisasi Kinerja Pada Triwulan", "Realisasi Capaian Kinerja dan Anggaran RKP yang dievaluasi",
     "Realisasi Kinerja dan Anggaran RENSTRA s.d Tahun 2022 (Akhir Tahun Pelaksanaan RKP Tahun 2022)",
     "Tingkat Capaian Kinerja dan Realisasi Anggaran RENSTRA s.d tahun 2022", "Unit SKPD", "15 = 14/8 x 100%"),
]

DINAS = "Dinas Koperasi, Usaha Kecil dan Menengah"


def sub(kode, uraian, indikator, satuan, vals, unit=""):
    """A data row: vals are the 20 cells F..Y (K|Rp pairs of columns 6 to 15)."""
    assert len(vals) == 20, (kode, len(vals))
    return ("row", [kode, "", uraian, indikator, satuan] + vals + [unit], kode.count(".") <= 1)


def foot(label, cells):
    """A footer row: cells maps column letters (L..Z) to the printed text."""
    row = [""] * 26
    row[0] = label
    for col, v in cells.items():
        row[ord(col) - ord("A")] = v
    return ("foot", row, False)


def quarters(*vals):
    return dict(zip("LMNOPQRSTU", vals))


SB, B, LB, P, S, T, ST = "Sangat Buruk", "Buruk", "Lambat Buruk", "Perbaikan", "Sedang", "Tinggi", "Sangat Tinggi"

# (page break before the item) marks where the original starts a new page and prints the header again.
ROWS = [
    sub("01.", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATENKOTA", "", "",
        ["", "67.614.864.854,00", "", "-", "", "12.864.827.284,00", "", "1.483.323.110,00", "", "1.379.826.959,00",
         "", "2.101.364.668,00", "", "6.683.736.187,00", "-", "11.668.248.814,00", "-", "11.668.248.814,00", "-", "17,27"], DINAS),
    sub("01.2.01.01.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen perencanaan yang disusun dalam satu tahun", "",
        ["6 Dokumen", "800.208.537,00", "", "-", "", "130.000.000,00", "0-", "0-", "0-", "0-", "0-", "0-", "0-", "0-",
         "0-", "-", "", "-", "", ""]),
    sub("01.2.01.06", "Koordinasi dan penyusunan laporan capaian kinerja dan laporan realisasi kinerja SKPD", "Jumlah dokumen yang disusun dalam satu tahun", "",
        ["6 Dokumen", "1.800.000.000,00", "", "-", "", "398.589.100,00", "0-", "39.998.000,00", "0-", "98.959.100,00",
         "0-", "70.727.782,00", "1 Dokumen", "188.126.158,00", "1,00", "397.811.040,00", "", "397.811.040,00", "", "22,10"]),
    sub("01.2.01.07", "Evaluasi Kinerja Perangkat Daerah", "Jumlah Dokumen laporan kinerja perangkat daerah yang disusun dalam 1 tahun", "",
        ["6 Dokumen", "1.462.796.206,00", "", "-", "", "326.538.600,00", "0-", "0-", "", "126.305.500,00",
         "0-", "103.845.400,00", "1 Dokumen", "93.348.809,00", "1,00", "323.499.709,00", "", "323.499.709,00", "", "22,12"]),
    sub("01.2.02.01.", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah ASN yang diberikan gaji dan tunjangan dalam 1 tahun", "",
        ["6 Tahun", "46.246.141.032,00", "", "-", "", "7.247.225.514,00", "0-", "626.345.335,00", "0", "0-",
         "0-", "", "63 Orang", "5.807.500.297,00", "53,00", "6.233.845.632,00", "", "6.233.845.632,00", "", "13,48"]),
    sub("01.2.03.02.", "Pengamanan Barang Milik Daerah SKPD", "Jumlah tenaga keamanan kantor yang disediakan dalam satu tahun", "",
        ["118 Orang", "1.686.736.926,00", "", "-", "", "384.000.000,00", "6 orang", "91.200.000,00", "6 Orang", "64.000.000,00",
         "6 Orang", "187.200.000,00", "20 Orang", "36.800.000,00", "35,00", "379.200.000,00", "", "379.200.000,00", "", "22,48"]),
    "page",
    sub("01.2.05.09.", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", "Jumlah pengelolaan kearsipan yang di beri pelatihan", "Orang",
        ["110", "929.872.335,00", "-", "-", "13", "72.647.900,00", "0 orang", "8.630.000,00", "0 Orang", "38.513.600,00",
         "0 Orang", "8.630.000,00", "13", "16.634.000,00", "13,00", "72.407.600,00", "", "72.407.600,00", "", "7,81"]),
    sub("01.2.05.11.", "Bimbingan Teknis Implementasi Peraturan Perundang-undangan", "Jumlah ASN yang mengikuti pelatihan", "Orang",
        ["110", "1.050.000.000,00", "-", "-", "7", "94.682.000,00", "0 orang", "21.120.000,00", "0 Orang", "31.831.000,00",
         "0 Orang", "21.120.000,00", "7", "9.507.000,00", "7,00", "83.578.000,00", "", "83.578.000,00", "", "7,96"]),
    sub("01.2.06.01.", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Jumlah Komponen instalasi listrik yang di sediakan dalam 1 tahun", "Item",
        ["117", "360.000.000,00", "-", "-", "1", "54.590.000,00", "0-", "5.513.000,00", "0-", "12.871.500,00",
         "0-", "15.533.000,00", "1 Tahun", "19.872.500,00", "1,00", "53.590.000,00", "", "53.590.000,00", "", "14,89"]),
    sub("01.2.06.02.", "Penyediaan Peralat dan Peralengkapan Kantor", "Jumlah alat tulis kantor yang tersedia", "Item",
        ["446", "1.010.000.000,00", "-", "-", "1", "234.219.500,00", "0 tahun", "42.701.400,00", "0 Tahun", "46.535.000,00",
         "0 Tahun", "107.962.500,00", "1 Tahun", "36.901.000,00", "1,00", "234.099.900,00", "", "234.099.900,00", "", "23,18"]),
    sub("01.2.06.04.", "Penyediaan Bahan Logistik Kantor", "Tersedianya makan dan minuman kantor dalam 1 tahun", "kotak",
        ["11300", "495.000.000,00", "-", "-", "1", "66.470.000,00", "0 tahun", "15.870.000,00", "0 Tahun", "13.700.000,00",
         "0 Tahun", "30.970.000,00", "1 Tahun", "(3.870.000,00)", "1,00", "56.470.000,00", "1,00", "56.470.000,00", "0,01", "11,41"]),
    sub("01.2.06.05.", "Penyediaan Barang Cetak dan Penggandaan", "Jumlah barang cetak dan penggandaan yang disediakan dalam satu tahun", "Item",
        ["230", "1.100.000.000,00", "-", "-", "1", "123.041.000,00", "0 tahun", "23.224.000,00", "0 Tahun", "27.771.900,00",
         "0 Tahun", "61.063.700,00", "1 Tahun", "15.142.200,00", "1,00", "127.201.800,00", "1,00", "127.201.800,00", "0,43", "11,56"]),
    sub("01.2.06.06.", "Penyediaan Bahan Bacaan dan Peraturan Perundang-Undangan", "Bahan bacaan dan perundang-undang yang tersedia", "exp",
        ["285", "300.000.000,00", "-", "-", "1", "55.850.000,00", "0 tahun", "-", "0 Tahun", "21.800.000,00",
         "0 Tahun", "10.900.000,00", "1 Tahun", "21.800.000,00", "1,00", "54.500.000,00", "1,00", "54.500.000,00", "0,34", "18,17"]),
    sub("01.2.06.09.", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Pembinaan dan konsultasi keluar daerah dan dalam daerah dalam 1 tahun", "Tahun",
        ["6", "2.300.000.000,00", "-", "-", "400", "1.172.366.000,00", "0 tahun", "261.526.124,00", "0 Tahun", "464.790.731,00",
         "0 Tahun", "498.488.924,00", "400", "(13.902.924,00)", "400,00", "1.210.903.855,00", "400,00", "1.210.903.855,00", "6,666,67", "52,95"]),
    sub("01.2.07.05.", "Pengadaan Mebel", "Jumlah mebel yang disediakan dalam satu tahun", "Item",
        ["30", "1.000.000.000,00", "-", "-", "12", "49.012.000,00", "0 bulan", "-", "0 Bulan", "-",
         "0 bulan", "48.925.881,00", "12 Bulan", "-", "12,00", "48.925.881,00", "12,00", "48.925.881,00", "40,00", "4,89"]),
    sub("01.2.07.10.", "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "Jumlah sarana dan prasarana gedung kantor dalam satu tahun", "unit",
        ["19", "1.873.309.816,00", "-", "-", "1", "460.001.638,00", "0 tahun", "1.500.000,00", "0 Tahun", "6.500.000,00",
         "0 Tahun", "91.596.402,00", "1 Tahun", "350.744.250,00", "1,00", "450.343.652,00", "1,00", "450.343.652,00", "5,26", "24,04"]),
    sub("01.2.08.01.", "Penyediaan Jasa Surat Menyurat", "Jumlah surat masuk dan keluar yang tercatat", "orang",
        ["24", "510.300.000,00", "-", "-", "1", "502.650.000,00", "0 tahun", "121.410.000,00", "0 Tahun", "84.020.000,00",
         "0 Tahun", "247.320.000,00", "1 Tahun", "45.900.000,00", "1,00", "498.650.000,00", "1,00", "498.650.000,00", "4,17", "97,72"]),
    "page",
    sub("01.2.09.02.", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Jumlah ketersediaan jasa komunikasi ar dan listrik kantor", "",
        ["6 Tahun", "1.693.600.000,00", "-", "-", "1 Tahun", "239.673.992,00", "0-", "45.637.226,00", "0-", "48.332.611,00",
         "0-", "108.519.267,00", "1 Tahun", "21.428.477,00", "1,00", "224.316.791,00", "1,00", "224.316.791,00", "16,67", "13,24"]),
    sub("01.2.09.02.", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Pertinan Kendaraan Dinas Operasional atau Lapangan",
        "Jumlah kendaraan Dinas/Operasional lapangan yang dipelihara patzeran dan kondisinya dalam satu tahun", "",
        ["98 unit", "1.200.000.000,00", "-", "-", "1 Tahun", "377.500.000,00", "0-", "20.618.025,00", "0-", "153.810.467,00",
         "0-", "95.369.702,00", "1 Tahun", "94.174.731,00", "1,00", "363.972.925,00", "1,00", "363.972.925,00", "1,04", "30,33"]),
    sub("01.2.09.10.", "Pemeliharaan / Rehabilitasi Sarana dan Prasarana Gedung Kantor atau bangunan lainnya", "Jumlah Tenaga kebersihan yang tersedia", "",
        ["83 item", "1.700.000.000,00", "-", "-", "23 Orang", "664.560.040,00", "0 orang", "169.230.000,00", "0 Orang", "140.084.350,00",
         "0 Orang", "392.789.100,00", "23 Orang", "140.829.693,00", "23,00", "844.933.139,00", "23,00", "844.933.139,00", "27,71", "49,70"]),
    foot("Total Rata-Rata Capaian Kinerja per Program (%)",
         {**quarters("16,80", "12,53", "42,21", "22,49", "71,74", "34,23", "94,74", "22,51", "12,50", "91,76"), "X": "614,75", "Y": "23,56"}),
    foot("Predikat Kinerja Program", {**quarters(SB, SB, SB, SB, S, SB, ST, SB, SB, ST), "X": ST, "Y": SB}),
    sub("02.", "PROGRAM PELAYANAN LIZIN USAHA SIMPAN PINJAM", "", "",
        ["", "5.042.354.226,00", "-", "-", "-", "800.678.500,00", "", "-", "", "170.892.800,00",
         "", "168.498.200,00", "", "261.578.600,00", "-", "602.882.600,00", "-", "600.880.600,00", "-", "11,92"], DINAS),
    sub("02.2.01.01.", "fasilitas pemenuhan dan usaha simpan pinjam dan pembukaan kantor cabang, cabang pembantu dari kantor pusat koperasi simpan pinjam untuk koperasi dengan wilayah kegiatan dalam Daerah Kabupaten / Kota",
        "Jumlah koperasi yang mendapatkan simpan pinjam", "",
        ["270 kop", "2.591.953.783,00", "-", "-", "15 Koperasi, 11 Kecamatan, 22 Orang", "461.009.100,00", "0 koperasi", "-", "0 koperasi", "124.867.800,00",
         "0 koperasi", "60.895.100,00", "15 Koperasi, 11 Kecamatan, 22 Orang", "173.274.900,00", "15,00", "358.807.800,00", "15,00", "358.807.800,00", "5,59", "13,84"]),
    "page",
    sub("02.2.02.01.", "Realisasi pemenuhan izin usaha pembukuan kantor cabang, cabang pembantu dan kantor kas Koperasi Simpan Pinjam untuk Koperasi dengan wilayah Keagamaan dalam daerah Kabupaten / Kota",
        "Jumlah tinjauan ulang yang dilakukan dan penyukuhan pembentukan koperasi baru rapat anggota tahunan (RAT), fasilitas sertifikat nomor induk koperasi", "",
        ["220 kop", "2.450.440.463,00", "-", "-", "55 Koperasi, 11 Kecamatan, 30 Orang", "339.669.400,00", "0 Koperasi", "-", "0 Koperasi", "46.025.000,00",
         "0 Koperasi", "107.744.100,00", "55 Koperasi, 11 Kecamatan", "88.303.700,00", "55,00", "242.072.800,00", "55,00", "242.072.800,00", "25,00", "9,88"]),
    foot("Total Rata-Rata Capaian Kinerja per Program (%)",
         {**quarters("0,00", "0,00", "11,50", "20,32", "52,50", "22,44", "100,00", "31,79", "", "74,55"), "X": "15,28", "Y": "11,86"}),
    foot("Predikat Kinerja Program", {**quarters(SB, B, LB, LB, P, LB, T, SB, "", S), "X": SB, "Y": SB}),
    sub("03.", "PROGRAM PENGAWASAN DAN PENERUSAHAAN", "", "",
        ["", "4.096.945.277,00", "-", "-", "", "315.435.900,00", "", "", "", "62.619.200,00",
         "", "46.535.400,00", "", "152.627.980,00", "-", "261.782.500,00", "-", "261.782.500,00", "-", "6,39"], DINAS),
    sub("03.2.01.01.", "Pengawasan kesehatan, kemandirian, kelengkapan serta akuntabilitas Koperasi Kewenangan Kabupaten / Kota", "Jumlah pengawasan Koperasi dalam satu tahun", "",
        ["190 kop", "1.883.307.588,00", "-", "-", "40 Koperasi, 80 Koperasi", "118.537.700,00", "0 Koperasi", "-", "20 Koperasi", "82.619.200,00",
         "0 Koperasi", "28.185.400,00", "40 Koperasi, 80 Koperasi", "1.103.700,00", "60,00", "91.908.300,00", "60,00", "91.908.300,00", "31,58", "4,88"]),
    sub("03.2.01.02.", "Pemeriksaan Kapasitas Koperasi terhadap Peraturan Perundang Undangan Kewenangan Kabupaten / Kota", "Jumlah rekapitulasi Koperasi dalam satu tahun", "",
        ["220 kop", "2.213.637.689,00", "-", "-", "80 Koperasi, 25 Koperasi", "199.898.200,00", "0 Koperasi", "-", "0 Koperasi", "-",
         "0 Koperasi", "18.350.000,00", "80 Koperasi, 25 Koperasi", "151.524.200,00", "80,00", "169.874.200,00", "80,00", "169.874.200,00", "36,38", "7,67"]),
    foot("Total Rata-Rata Capaian Kinerja per Program (%)",
         {**quarters("0,00", "0,00", "23,50", "26,41", "28,00", "16,55", "100,00", "38,94", "", "81,91"), "X": "33,97", "Y": "6,28"}),
    foot("Predikat Kinerja Program", {**quarters(SB, B, LB, LB, P, LB, T, SB, "", T), "X": SB, "Y": SB}),
    sub("04.", "PROGRAM PENILAIAN KESEHATAN KSP / KSP", "", "",
        ["", "3.676.745.722,00", "-", "-", "", "411.664.300,00", "", "", "", "88.929.300,00",
         "", "113.860.700,00", "", "144.369.080,00", "-", "347.159.080,00", "-", "347.159.080,00", "-", "9,44"], DINAS),
    "page",
    sub("04.2.01.01.", "Pelaksanaan Penilaian Kesehatan KSP / USP Koperasi Kewenangan Kabupaten / Kota", "Jumlah Penilaian kesehatan koperasi dalam satu tahun", "",
        ["200 kop", "1.654.633.851,00", "-", "-", "75 Koperasi; 75 Koperasi", "146.872.500,00", "0 koperasi", "-", "25 Koperasi", "88.929.300,00",
         "25 Koperasi", "98.059.300,00", "75 Koperasi; 75 Koperasi", "(59.875.100,00)", "125,00", "127.113.500,00", "125,00", "127.113.500,00", "62,50", "7,68"]),
    sub("04.2.01.02.", "Penghargaan kesehatan KSP / USP Koperasi Kewenangan Kabupaten / Kota", "Jumlah Penghargaan Kesehatan yang dinilai satu tahun", "",
        ["320 kop", "2.022.111.871,00", "-", "-", "3 Koperasi; 75 Koperasi", "264.791.800,00", "0 koperasi", "-", "0 Koperasi", "-",
         "50 Koperasi", "15.801.400,00", "3 Koperasi; 75 Koperasi", "204.244.980,00", "53,00", "220.046.390,00", "53,00", "220.046.390,00", "16,58", "10,88"]),
    foot("Total Rata-Rata Capaian Kinerja per Program (%)",
         {**quarters("0,00", "0,00", "22,50", "30,27", "34,50", "36,37", "100,00", "18,18", "", "84,82"), "X": "39,53", "Y": "9,28"}),
    foot("Predikat kinerja Program", {**quarters(SB, SB, SB, SB, SB, SB, ST, SB, "", T), "X": SB, "Y": SB}),
    sub("05.", "PROGRAM PERDIKSI DAN LATIHAN PERKOPERASIAN", "", "",
        ["", "4.307.045.035,00", "-", "-", "", "938.524.900,00", "", "5.400.000,00", "", "77.728.900,00",
         "", "239.636.500,00", "", "518.881.300,00", "-", "841.646.700,00", "-", "841.646.700,00", "-", "19,54"], DINAS),
    sub("05.2.01.01.", "Peningkatan pemahaman dan pengetahuan perkoperasian serta kapasitas dan kompetensi SDM Koperasi (DAK)", "Jumlah Peningkatan Pemahaman dan Pengetahuan perkoperasian", "",
        ["345%", "4.307.045.035,00", "-", "-", "90 Orang; 90 Orang", "938.524.900,00", "22 orang", "5.400.000,00", "22 Orang", "77.728.900,00",
         "22 orang", "239.635.500,00", "90 Orang; 90 Orang", "518.881.300,00", "158,00", "841.646.700,00", "158,00", "841.646.700,00", "45,22", "19,54"]),
    foot("Total Rata-Rata Capaian Kinerja per Program (%)",
         {**quarters("0,00", "0,57", "8,00", "8,27", "22,00", "25,51", "100,00", "55,23", "", "89,58"), "X": "45,22", "Y": "19,54"}),
    foot("Predikat kinerja Program", {**quarters(SB, SB, SB, SB, SB, SB, ST, T, "", T), "X": SB, "Y": SB}),
    sub("06.", "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI", "", "",
        ["", "1.721.197.084,00", "-", "-", "", "550.000.000,00", "", "-", "", "106.841.000,00",
         "", "290.248.000,00", "", "90.769.688,00", "-", "487.958.688,00", "-", "487.958.688,00", "-", "28,35"], DINAS),
    "page",
    sub("06.2.01.01.", "Pemberdayaan Peningkatan Produktifitas, Nilai Tambah, Akses Pasar, Akses Pembiayaan, Penguatan Kelembagaan, Penataan Manajemen, Standarisasi, dan Restrukturisasi usaha koperasi Kewenangan Progres",
        "Jumlah koperasi yang memiliki toko kelenteng yang semakin baik, yang mandiri, yang fasilitas penguatan usaha", "",
        ["345%", "1.721.197.094,00", "-", "-", "100 Koperasi; 50 Koperasi", "550.000.000,00", "0 Koperasi", "-", "50 Koperasi", "106.941.000,00",
         "50 Koperasi", "290.249.000,00", "100 Koperasi; 50 Koperasi", "30.769.688,00", "200,00", "487.959.688,00", "200,00", "487.959.688,00", "57,97", "28,35"]),
    foot("Total Rata-Rata Capaian Kinerja per Program (%)",
         {**quarters("0,00", "0,00", "5,00", "19,44", "96,00", "52,77", "100,00", "16,50", "", "88,72"), "X": "57,97", "Y": "28,35"}),
    foot("Predikat Kinerja Program", {**quarters(SB, SB, SB, SB, ST, B, ST, SB, "", T)}),
    sub("07.", "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", "", "",
        ["", "3.781.640.918,00", "-", "-", "", "1.900.375.300,00", "", "-", "", "244.844.261,00",
         "", "402.097.700,00", "", "688.433.103,00", "-", "1.338.372.061,00", "-", "1.338.372.061,00", "-", "13,65"], DINAS),
    sub("07.2.01.01.", "Pendidikan Potensi dan Pengembangan Usaha Mikro", "Data potensi pengembangan usaha mikro", "",
        ["525 UKM", "2.324.732.482,00", "-", "-", "60 UKM; 120 UKM", "215.076.000,00", "0 UKM", "-", "20 UKM", "194.532.461,00",
         "0 UKM", "-", "60 UKM; 20 UKM", "-", "80,00", "194.532.461,00", "80,00", "194.532.461,00", "15,24", "8,37"]),
    sub("07.2.01.02.", "Pemberdayaan melalui kemitraan usaha mikro", "Jumlah UMKM dan pedagang kaki lima yang di bina", "",
        ["330 UKM", "1.608.372.418,00", "-", "-", "20 UKM; 60 UKM", "608.714.000,00", "0 UKM", "-", "20 UKM", "50.311.800,00",
         "20 UKM", "139.515.500,00", "20 UKM; 60 UKM", "391.735.400,00", "60,00", "581.562.700,00", "60,00", "581.562.700,00", "18,18", "35,16"]),
    sub("07.2.01.03.", "Fasilitas kemudahan perizinan usaha mikro", "Jumlah izin UMKM", "",
        ["820 UKM", "2.258.536.018,00", "-", "-", "80 UKM", "370.000.000,00", "0", "-", "0", "-",
         "0", "-", "0", "-", "-", "-", "-", "-", "-", "-"]),
    sub("07.2.01.04.", "Pemberdayaan kelembagaan potensi dan pengembangan usaha mikro", "Jumlah pelaku Usaha yang menerima Capacity Building", "",
        ["168 orang", "2.400.000.000,00", "-", "-", "44 UKM; 44 UKM", "561.941.300,00", "0 UKM", "-", "0 UKM", "-",
         "22 UKM", "143.220.200,00", "44 UKM; 44 UKM", "297.694.700,00", "66,00", "440.914.900,00", "66,00", "440.914.900,00", "39,29", "18,37"]),
    sub("07.2.01.05.", "Koordinasi dan sinkronisasi dengan para pemangku kepentingan dalam pemberdayaan usaha mikro", "Jumlah UKM yang mendapatkan Koordinasi dan sinkronisasi dalam satu tahun", "",
        ["185 UKM", "1.200.000.000,00", "-", "-", "25 UKM; 30 Orang", "143.644.000,00", "0 UKM", "-", "0 UKM", "-",
         "0 UKM; 15 Orang", "119.362.000,00", "25 UKM; 30 Orang", "-", "25,00", "119.362.000,00", "25,00", "119.362.000,00", "13,51", "9,95"]),
    "page",
    foot("Total Rata-Rata Capaian Kinerja per Program (%)",
         {**quarters("0.00", "0.00", "3.20", "19.74", "41.20", "26.29", "80.00", "23.45", "4.00", "69.48"), "X": "17.24", "Y": "14.57"}),
    foot("Predikat Kinerja Program", {**quarters(SB, SB, SB, SB, SB, SB, T, SB, SB, S), "X": SB, "Y": SB}),
    sub("08.", "PROGRAM PENGEMBANGAN UMKM", "", "",
        ["", "3.781.795.641,00", "", "-", "", "175.596.200,00", "", "", "", "",
         "", "", "", "", "", "171.469.000,00", "-", "171.469.000,00", "-", "4.53"], DINAS),
    sub("08.2.01.01.", "Fasilitasi usaha mikro menjadi usaha kecil dalam pengembangan produksi dan pengolahan, pemasaran, SDM serta Desa dan Teknologi", "Jumlah UMKM yang difasilitasi", "",
        ["105%", "3.781.795.641,00", "", "-", "100 UMKM; 40 UMKM", "", "0 UMKM", "-", "0 UMKM", "-",
         "50 UMKM", "171.469.000,00", "100 UMKM; 40 UMKM", "-", "150,00", "171.469.000,00", "150,00", "171.469.000,00", "142,86", "4.53"]),
    foot("Total Rata-Rata Capaian Kinerja per Program (%)",
         {**quarters("0.00", "0.00", "0.00", "0.00", "63.00", "97.45", "100.00", "0.00", "", "97,65"), "X": "142,86", "Y": "4,53"}),
    foot("Predikat Kinerja Program", {**quarters(SB, SB, SB, SB, S, ST, ST, SB, "", ST), "X": ST, "Y": SB, "Z": SB}),
    foot("Total Rata-Rata Capaian Kinerja Dari Anggaran OPD (%)",
         {**quarters("2.10", "1.64", "14.49", "18.37", "51.12", "38.97", "96.84", "25.82", "", "84.80"), "X": "94.85", "Y": "14.74"}),
    foot("Predikat Kinerja OPD", {**quarters(SB, SB, SB, SB, S, ST, ST, SB, "", T), "X": ST, "Y": SB}),
    foot("Faktor pendorong keberhasilan kinerja :", {}),
    foot("Faktor penghambat pencapaian kinerja :", {}),
    foot("Tindak lanjut yang diperlukan dalam triwulan berikutnya :", {}),
    foot("Tindak lanjut yang diperlukan dalam RKP berikutnya*):", {}),
]

AFTER = ["*) Disisi oleh Kepala Bappeda"]

SIGNATURE = ["Disusun,", "Bengkulu, 1 Januari - 2023", "Kepala Dinas Koperasi, Usaha Kecil dan Menengah", "", "",
             "Dra. SUFANDI, MP", "Pembina", "NIP. 196507231997101 000"]
