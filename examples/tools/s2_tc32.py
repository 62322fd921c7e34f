"""Seed S2 (002_59a2aab990c69703.txt, Renja 2022 Dinas Koperasi dan Usaha Mikro, Kabupaten
Lumajang), Tabel T-C.32, seed lines 399-415, all rows: the 7-column variant ("Usulan Aktivitas",
"Indikator Kinerja (ABAIKAN)" left empty, Catatan split into PD Pengusul and Mekanisme), title
saying TAHUN 2021 inside the 2022 Renja."""

TITLE = ["Tabel T-C.32", "USULAN PROGRAM/KEGIATAN DARI PEMANGKU KEPENTINGAN", "TAHUN 2021", "KABUPATEN LUMAJANG", "Dinas Koperasi dan Usaha Mikro"]

ROWS = [
    ("1", "Bantuan Modal Usaha (Dagulir) Dana Pemerintah bagi UMKM", "Desa Pasirian Kecamatan Pasirian", "", "100 orang", "Kec. Pasirian", "Forum PD"),
    ("2", "Bantuan Modal Usaha (Dagulir) Dana Pemerintah bagi UMKM", "Desa Sumbersuko Kecamatan Sumbersuko", "", "6 orang", "Kec. Sumbersuko", "Forum PD"),
    ("3", "Bantuan Modal Usaha (Dagulir) Dana Pemerintah bagi UMKM", "Desa Karangbendo Kecamatan Tekung", "", "100 orang", "Kec. Tekung", "Forum PD"),
    ("4", "Pelatihan Anyaman Bambu", "Desa Jatisari Kecamatan Tempeh", "", "1 kegiatan", "Kec. Tempeh", "Forum PD"),
]
