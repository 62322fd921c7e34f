"""Seed S2 (002_59a2aab990c69703.txt, Renja 2022 Dinas Koperasi dan Usaha Mikro, Kabupaten
Lumajang), Tabel T-C.30, seed lines 275-290, all rows as printed. The number row prints formulas
(10) = (9+6)/2, (11)=(7), (12)=(8) that the data does not follow (layouts.md §6 S2 item 1).
Row: (no, indikator, spm, ikk, target n-2, n-1, n, n+1, realisasi n-2, n-1, proyeksi n, n+1, catatan)."""

TITLE = ["Tabel T-C.30", "Pencapaian Kinerja Pelayanan Perangkat Daerah", "Dinas Koperasi dan Usaha Mikro Kabupaten Lumajang"]

HEADER_TOP = ["NO", "Indikator Tujuan/Sasaran Renstra PD", "SPM/standar nasional", "IKK", "Target Renstra Perangkat Daerah",
              None, None, None, "Realisasi Capaian", None, "Proyeksi", None, "Catatan Analisis"]
HEADER_SUB = [None, None, None, None, "Tahun (thn n-2)-2020", "Tahun (thn n-1)-2021", "Tahun (thn n)-2022", "Tahun (thn n+1)-2023",
              "Tahun (thn n-2)-2020", "Tahun (thn n-1)-2021 (perkiraan)", "Tahun (thn n)-2022", "Tahun (thn n+1)-2023", None]
NUMBERS = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10) = (9+6)/2", "(11)=(7)", "(12)=(8)", "(13)"]

ROWS = [
    ("1", "(Indikator Tujuan) Meningkatnya PDRB Sektor Koperasi", "", "", "", "", "", "", "", "", "", "", ""),
    ("1", "(Indikator Sasaran) Persentase Koperasi Berkualitas", "", "", "75.85", "76.76", "77.66", "78.56", "49.16", "52.43", "81.06", "81.10", ""),
    ("2", "(Indikator Sasaran) Persentase Koperasi Sehat dan Cukup Sehat", "", "", "11.75", "12.79", "13.83", "14.86", "0", "7.69", "30.85", "31.85", ""),
    ("1", "(Indikator Tujuan) Meningkatnya PDRB Sektor Usaha Mikro", "", "", "", "", "", "", "", "", "", "", ""),
    ("2", "(Indikator Sasaran) Persentase Usaha Mikro yang Berwirausaha", "", "", "1.15", "1.51", "1.86", "2.19", "0.80", "1.06", "1.32", "1.58", ""),
]
