"""Seed S3 (003_bb023939b31bcc24.txt, Rancangan Awal Renja 2024 of the Dinas Koperasi, Usaha Kecil dan
Menengah, Kab. Bengkalis), Tabel T-C.30, seed lines 406-417, all rows as printed: targets as percentages
with dot decimals ("22.00%") and as predicates ("BB", "B"); only the n-2 realisation is filled; the title
names "Kabupaten Bengkulu" (the document mixes Bengkalis and Bengkulu). Headers as printed: "SPM/standa
rnasional", "RealisasiCapaian", "Tahun 2023 (thnn- 1)" and the last column's "(thn" cut off in the print
(completed "(thn n+1)" here). No number row formulas.
Row: (no, indikator, spm, ikk, target n-2, n-1, n, n+1, realisasi n-2, n-1, proyeksi n, n+1, catatan)."""

TITLE = ["Tabel T-C.30.", "Pencapaian kinerja Pelayanan Perangkat Daerah Dinas Koperasi Usaha Kecil dan Menengah Kabupaten Bengkulu"]

HEADER_TOP = ["NO", "Indikator", "SPM/standa rnasional", "IKK", "Target Renstra Perangkat Daerah",
              None, None, None, "RealisasiCapaian", None, "Proyeksi", None, "Catatan Analisis"]
HEADER_SUB = [None, None, None, None, "Tahun 2022 (thn- 2)", "Tahun 2023 (thn-1)", "Tahun 2024 (thn n)", "Tahun 2025 (thn n+1)",
              "Tahun 2022 (thn n- 2)", "Tahun 2023 (thnn- 1)", "Tahun 2024 (thn n)", "Tahun 2025 (thn n+1)", None]
NUMBERS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"]

ROWS = [
    ("1.", "Meningkatnya Kualitas Pengembangan Koperasi", "", "", "22.00%", "25.00%", "28.00%", "30.00%", "94.05%", "", "", "", ""),
    ("2.", "Meningkatnya Kualitas Pengembangan UMKM Non Industri", "", "", "3%", "5%", "6%", "8%", "135%", "", "", "", ""),
    ("3.", "Meningkatnya kualitas pengelolaan keuangan dan kinerja", "", "", "BB", "BB", "BB", "BB", "B", "", "", "", ""),
]
