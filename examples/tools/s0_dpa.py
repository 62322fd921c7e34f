"""Seed S0 (000_ebe27edaa6e69396.txt, Renja 2022 Dinas KUKM Kabupaten Flores Timur), BAB II 2.1 (the
section the document calls "Tabel TC.29"): "DATA LAPORAN PELAKSANAAN PROGRAM DAN KEGIATAN BELANJA MENURUT
JENIS BELANJA / PADA DINAS KOPERASI DAN UKM KABUPATEN FLORES TIMUR / POSISI 31 DESEMBER 2020" (seed lines
198-257), every row as printed, with the running page header the document prints inside the table
("RENCANA KERJA (RENJA)" / OPD / KABUPATEN FLORES TIMUR / 2022, lines 217-221 and 236-240).
Its kind is `realisasi` (templates/realisasi.json, layouts.md §3.8), variant `realisasi-tanpa-fisik`: 16
numbered columns, no overall Realisasi Fisik column, a four-row header.

Physical columns (24): A-I KODE REKENING (printed split over up to nine cells, "2 | 11 | 2 | 1 | 0 | 0 |
0 | 0 | 1", not usable as a code; "1.1 5" and "2 11" in one cell on the first page), J uraian (2),
K lokasi (3), L jumlah belanja (4), M-O pegawai jumlah / realisasi keu / fisik (5-7), P-R barang dan jasa
(8-10), S-U modal (11-13), V total realisasi (14), W % (15), X sisa anggaran (16).
Row: ("ROW", kode cells A-I, uraian, lokasi, the printed text of columns 4..16); ("RUN", text) for a line of
the running page header. Money and percentages are written as numbers whose display format reproduces the
print (#,##0; #,##0.00 for the one "116.131.220,00"; 0.00 for "96,77" and "100,00"; 0 for "100" and "75");
"-" stays text.

The table ends after the Kewirausahaan program row (its kegiatan and one more program are not in the
extract: BELANJA LANGSUNG 1.662.658.823 vs the five programs 1.594.444.122, layouts.md §6 S0 item 1).
The extraction adds or drops empty cells page by page; judgement calls, all noted here:
* header: four rows as printed; "JENIS BELANJA" is drawn over columns 5-14 with PEGAWAI, BARANG DAN JASA,
  MODAL and TOTAL on the second row, "REALISASI" under TOTAL, "%" and "SISA ANGGARAN" over the full height
  (the first header row of the extraction is one cell short: "%" and "SISA ANGGARAN" are put over 15 and
  16 as the number row and every data row place them);
* first page (lines 209-213) and second page (lines 223-232) carry one or two extra empty cells: values
  are placed by the arithmetic of each row (4 = 5+8+11, 14 = 6+9+12, 16 = 4-14, 15 = 14/4), which all
  reconcile; in the BELANJA LANGSUNG row 552.531.900 is Pegawai Jumlah, 1.110.126.923 Barang dan Jasa
  Jumlah and its "-" Barang dan Jasa realisasi; the Program Pelayanan Administrasi Perkantoran row has no
  fisik for barang dan jasa;
* "'' - - -" before the barang dan jasa amount (lines 227-232) is read as the three pegawai cells "-"
  (the blank is the page's extra cell; page 3 prints "- - -" there); jasa administrasi keuangan (line 226)
  prints eight "-" after its pegawai cells: six are kept under 8-13;
* page 4 (lines 252-257) prints the modal group as a single "-": kept under column 11 (12 and 13 empty);
  in Program Peningkatan Pengembangan Sistem Pelaporan and its kegiatan (lines 252-253) the three "-"
  are the barang dan jasa cells and the modal group is empty;
* kode cells as printed, including the two empty leading cells of the program rows of lines 254 and 257
  ("_ _ 2 1 0 1 _", "_ _ 2 1 0 1 6") and the six-cell code of line 244;
* the third page break (lines 249-251) prints no running header; none is invented.
Everything else as printed: "Larant uka" (the word wrapped in its narrow cell), "Perlatan", "Kendaran",
"Monotoring", the sisa 1.827.780 of jasa komunikasi (25.754.000 - 23.926.210 = 1.827.790, §6 S0 item 2),
the FISIK (%) cells that repeat the financial ratio (§6 S0 item 3), "100" next to "100,00"."""

from look import text  # noqa: E402


TITLE = [
    "DATA LAPORAN PELAKSANAAN PROGRAM DAN KEGIATAN BELANJA MENURUT JENIS BELANJA",
    "PADA DINAS KOPERASI DAN UKM KABUPATEN FLORES TIMUR",
    "POSISI 31 DESEMBER 2020",
]

# The header as printed: (first header row, last header row, first numbered column, last, text).
HEADER_ROWS = 4
HEADER = [
    (0, 3, 1, 1, "KODE REKENING"),
    (0, 3, 2, 2, "URAIAN URUSAN, ORGANISASI, PROGRAM KEGIATAN"),
    (0, 3, 3, 3, "LOKASI"),
    (0, 3, 4, 4, "JUMLAH BELANJA (Rp)"),
    (0, 0, 5, 14, "JENIS BELANJA"),
    (1, 1, 5, 7, "PEGAWAI"),
    (1, 1, 8, 10, "BARANG DAN JASA"),
    (1, 1, 11, 13, "MODAL"),
    (1, 1, 14, 14, "TOTAL"),
    (2, 3, 5, 5, "Jumlah"), (2, 2, 6, 7, "REALISASI"), (3, 3, 6, 6, "KEU (Rp)"), (3, 3, 7, 7, "FISIK (%)"),
    (2, 3, 8, 8, "Jumlah"), (2, 2, 9, 10, "REALISASI"), (3, 3, 9, 9, "KEU (Rp)"), (3, 3, 10, 10, "FISIK (%)"),
    (2, 3, 11, 11, "Jumlah"), (2, 2, 12, 13, "REALISASI"), (3, 3, 12, 12, "KEU (Rp)"), (3, 3, 13, 13, "FISIK (%)"),
    (2, 3, 14, 14, "REALISASI"),
    (0, 3, 15, 15, "%"),
    (0, 3, 16, 16, "SISA ANGGARAN"),
]
NUMBERS = [str(n) for n in range(1, 17)]
PERCENT_COLUMNS = {7, 10, 13, 15}

KODE_CELLS = 9

RUNNING = ["RENCANA KERJA (RENJA)", "DINAS KOPERASI USAHA KECIL DAN MENENGAH", "KABUPATEN FLORES TIMUR", "2022"]


def row(kode, uraian, lokasi, *vals):
    """vals: columns 4..16 as printed (13 texts)."""
    assert len(vals) == 13, (uraian, len(vals))
    cells = tuple(kode.split("|")) if kode else ()
    assert len(cells) <= KODE_CELLS
    return ("ROW", cells + ("",) * (KODE_CELLS - len(cells)), uraian, lokasi) + vals


def run():
    return [("RUN", t) for t in RUNNING]


N = ""
D = "-"

ROWS = [
    row("", "BELANJA", "", "3.590.187.767", N, N, N, N, N, N, N, N, N, "3.474.056.547", "96,77", "116.131.220,00"),
    row("1.1 5", "Dinas Koperasi, Usaha Kecil dan Menengah", "", "3.590.187.767", N, N, N, N, N, N, N, N, N, "3.474.056.547", "96,77", "116.131.220,00"),
    row("", "BELANJA TIDAK LANGSUNG", "", "1.927.528.944", N, N, N, N, N, N, N, N, N, "1.856.379.108", "96,31", "71.149.836"),
    row("", "BELANJA LANGSUNG", "", "1.662.658.823", "552.531.900", N, N, "1.110.126.923", D, N, N, N, N, "1.617.677.439", "97,29", "44.981.384"),
    row("2 11", "Program Pelayanan Administrasi Perkantoran", "", "784.864.139", "465.150.000", "462.000.000", "99,32", "319.714.139", "316.790.580", N, N, N, N, "778.790.580", "99,23", "6.073.559"),
    *run(),
    row("2|11|2|1|0|0|0|0|1", "Penyediaan jasa surat menyurat", "Larant uka", "2.200.000", N, N, N, "2.200.000", "2.180.500", "99,11", D, D, D, "2.180.500", "99,11", "19.500"),
    row("2|11|2|1|0|0|0|0|2", "Penyediaan jasa komunikasi, sumber daya air dan listrik", "Larant uka", "25.754.000", N, N, N, "25.754.000", "23.926.210", "92,90", D, D, D, "23.926.210", "92,90", "1.827.780"),
    row("2|11|2|1|0|0|0|0|6", "Penyediaan jasa pemeliharaan dan perizinan Kendaraan Dinas Operasional", "Larant uka", "2.993.000", N, N, N, "2.993.000", "2.488.220", "83,13", D, D, D, "2.488.220", "83,13", "504.780"),
    row("2|11|2|1|0|0|0|0|7", "Penyediaan jasa administrasi keuangan", "Larant uka", "54.600.000", "54.600.000", "52.600.000", "96,34", D, D, D, D, D, D, "52.600.000", "96,34", "2.000.000"),
    row("2|11|2|1|0|0|0|0|8", "Penyediaan jasa kebersihan kantor", "Larant uka", "9.224.300", D, D, D, "9.224.300", "9.224.000", "100,00", D, D, D, "9.224.000", "100", "300"),
    row("2|11|2|1|0|0|0|1|0", "Penyediaan alat tulis kantor", "Larant uka", "29.220.700", D, D, D, "29.220.700", "29.220.700", "100,00", D, D, D, "29.220.700", "100", D),
    row("2|11|2|1|0|0|0|1|1", "Penyediaan barang cetakan dan penggandaan", "Larant uka", "42.867.200", D, D, D, "42.867.200", "42.866.950", "100,00", D, D, D, "42.866.950", "100", "250"),
    row("2|11|2|1|0|0|0|1|2", "Penyediaan komponen instalasi listrik / penerangan bangunan kantor", "Larant uka", "21.508.439", D, D, D, "21.508.439", "21.508.000", "100,00", D, D, D, "21.508.000", "100", "439"),
    row("2|11|2|1|0|0|0|1|5", "Penyediaan bahan bacaan dan peraturan perundang-undangan", "Larant uka", "2.000.000", D, D, D, "2.000.000", "1.500.000", "75,00", D, D, D, "1.500.000", "75", "500.000"),
    row("2|11|2|1|0|0|0|1|7", "Penyediaan Makanan dan Minuman", "Larant uka", "11.460.000", D, D, D, "11.460.000", "11.451.000", "99,92", D, D, D, "11.451.000", "99,92", "9.000"),
    *run(),
    row("2|11|2|1|0|0|1", "Rapat-rapat koordinasi dan konsultasi", "Kupang, Jkta", "172.486.500", D, D, D, "172.486.500", "172.425.000", "99,96", D, D, D, "172.425.000", "99,96", "61.500"),
    row("2|11|2|1|0|0|2", "Penyediaan jasa tenaga pendukung dan teknis perkantoran", "Larantuka", "410.550.000", "410.550.000", "409.400.000", "99,72", D, D, D, D, D, D, "409.400.000", "99,72", "1.150.000"),
    row("2|11|2|1|0|0", "Program Peningkatan Sarana dan Prasarana Aparatur", "", "43.626.470", D, D, D, "43.626.470", "43.598.259", "99,94", D, D, D, "43.598.259", "99,94", "28.211"),
    row("2|11|2|1|0|0|0", "Pengadaan Perlatan Gedung Kantor", "Larantuka", D, D, D, D, D, D, D, D, D, D, D, D, D),
    row("2|11|2|1|0|0|2", "Pemeliharaan Rutin / Berkala Gedung Kantor", "Larantuka", "15.148.900", D, D, D, "15.148.900", "15.145.000", "99,97", D, D, D, "15.145.000", "99,97", "3.900"),
    row("2|11|2|1|0|0|2", "Pemeliharaan Rutin / berkala Kendaran dinas / Operasional", "", "25.507.570", D, D, D, "25.507.570", "25.498.259", "99,96", D, D, D, "25.498.259", "99,96", "9.311"),
    row("2|11|2|1|0|0|2", "Pemeliharaan Rutin / Berkala Peralatan Gedung Kantor", "Larantuka", "2.970.000", D, D, D, "2.970.000", "2.955.000", "99,49", D, D, D, "2.955.000", "99,49", "15.000"),
    row("2|11|2|1|0|0|6", "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", "", "36.410.000", "36.410.000", "36.301.000", "99,70", D, D, D, N, N, N, "36.301.000", "99,70", "109.000"),
    row("2|11|2|1|0|0|0", "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Larantuka", "36.410.000", "36.410.000", "36.301.000", "99,70", D, D, D, N, N, N, "36.301.000", "99,70", "109.000"),
    row("||2|1|0|1|", "Program penciptaan iklim Usaha kecil menengah yang Kondusif", "", "257.761.513", N, N, N, "257.761.513", "249.061.000", "96,62", D, N, N, "249.061.000", "96,62", "8.700.513"),
    row("2|11|2|1|0|1|0", "Fasilitasi Pengembangan UKM", "19 Kec.", "217.880.513", D, D, D, "217.880.513", "209.210.000", "96,02", D, N, N, "209.210.000", "96,02", "8.670.513"),
    row("2|11|2|1|0|1|1", "Monotoring, evaluasi dan pelaporan", "19 Kec.", "39.881.000", N, N, N, "39.881.000", "39.851.000", "99,92", D, N, N, "39.851.000", "99,92", "30.000"),
    row("||2|1|0|1|6", "Program Pengembangan Kewirausahaan dan Keunggulan Kompetitif Usaha Kecil Menengah", "", "471.782.000", "46.761.900", "46.755.000", "99,99", "425.020.100", "395.407.100", "93,03", D, N, N, "442.162.100", "93,72", "29.619.900"),
]

SIGNATURE = []  # the table is followed directly by section 2.2; no signature block


def number(text, percent):
    """The printed text as (value, Excel format), or None when it stays text."""
    if not text or text == "-":
        return None
    whole, _, dec = text.partition(",")
    value = int(whole.replace(".", ""))
    if dec:
        value = value + int(dec) / 10 ** len(dec)
    if percent:
        return value, "0.00" if dec else "0"
    return value, "#,##0.00" if dec else "#,##0"


def build(workbook):
    """Writes s0-florestimur-realisasi.xlsx: three title lines, the four-row header with KODE REKENING merged
    over the nine code cells, the number row, the rows (running page header lines inside the table)."""
    wb = workbook("s0-florestimur-realisasi.xlsx")
    ws = wb.add_worksheet("Realisasi 2020")
    bold = wb.add_format({"bold": True, "align": "center"})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    code = wb.add_format({"border": 1, "align": "center", "valign": "top"})
    dash = wb.add_format({"border": 1, "align": "center", "valign": "top"})
    formats = {}

    def fmt(f):
        if f not in formats:
            formats[f] = wb.add_format({"border": 1, "valign": "top", "num_format": f})
        return formats[f]

    def first(n):  # first physical column of numbered column n
        return 0 if n == 1 else KODE_CELLS + n - 2

    def last(n):
        return KODE_CELLS - 1 if n == 1 else first(n)

    width = last(len(NUMBERS)) + 1
    for i, t in enumerate(TITLE):
        ws.merge_range(i, 0, i, width - 1, t, bold)
    r0 = len(TITLE) + 1
    for top, bottom, c1, c2, t in HEADER:
        if (top, first(c1)) == (bottom, last(c2)):
            ws.write(r0 + top, first(c1), t, head)
        else:
            ws.merge_range(r0 + top, first(c1), r0 + bottom, last(c2), t, head)
    nr = r0 + HEADER_ROWS
    ws.merge_range(nr, 0, nr, KODE_CELLS - 1, NUMBERS[0], head)
    for n, t in enumerate(NUMBERS[1:], start=2):
        ws.write(nr, first(n), t, head)
    r = nr + 1
    for item in ROWS:
        if item[0] == "RUN":  # the page header printed inside the table at a page break
            ws.merge_range(r, 0, r, width - 1, item[1], bold)
            r += 1
            continue
        _, kode, uraian, lokasi = item[:4]
        for c, v in enumerate(kode):
            text(ws, r, c, v, code)
        text(ws, r, first(2), uraian, cell)
        text(ws, r, first(3), lokasi, cell)
        for n, v in enumerate(item[4:], start=4):
            parsed = number(v, n in PERCENT_COLUMNS)
            if parsed is None:
                text(ws, r, first(n), v, dash if v else cell)
            else:
                ws.write_number(r, first(n), parsed[0], fmt(parsed[1]))
        r += 1
    ws.set_column(0, KODE_CELLS - 1, 3)
    ws.set_column(first(2), first(2), 40)
    ws.set_column(first(3), first(3), 10)
    ws.set_column(first(4), width - 1, 13)
    wb.close()
