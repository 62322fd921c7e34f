#!/usr/bin/env python3
"""Writes the example workbooks of examples/ from the transcriptions in this folder (one module per
source table). The workbooks look like the originals: title lines, the merged multi-row header as
printed, the number row where there is one, numbers as text where the original shows them so, a
header block repeated at a page break, and the signature block.

    pip install XlsxWriter && python3 examples/tools/make_examples.py

Deterministic: fixed creation date, same bytes for the same input."""
import csv
import datetime
import io
import os
import sys

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import s2_tc33  # noqa: E402
import s4_rencana_aksi  # noqa: E402
import s2_tc30  # noqa: E402
import s2_tc32  # noqa: E402
import s2_tc31  # noqa: E402
import s0_tc33  # noqa: E402
import s3_evaluasi  # noqa: E402
import s3_tc31  # noqa: E402
import s3_tc33  # noqa: E402
import s2_tc29  # noqa: E402
import s0_dpa  # noqa: E402
import s1_lkip  # noqa: E402
import s3_tc30  # noqa: E402


def workbook(name):
    wb = xlsxwriter.Workbook(os.path.join(OUT, name))
    wb.set_properties({"created": datetime.datetime(2022, 1, 1), "author": "renja examples"})
    return wb


def to_english(s):
    """1.234.567 -> 1,234,567 (money text in English notation)."""
    return s.replace(".", ",") if s and all(p.isdigit() for p in s.split(".")) else s


def s2_lumajang_tc33():
    wb = workbook("s2-lumajang-tc33.xlsx")
    ws = wb.add_worksheet("T-C.33")
    bold = wb.add_format({"bold": True, "align": "center"})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    num = wb.add_format({"border": 1, "align": "right", "valign": "top"})
    for i, t in enumerate(s2_tc33.TITLE):
        ws.merge_range(i, 0, i, 9, t, bold)
    r = len(s2_tc33.TITLE) + 1

    def header(r):
        ws.merge_range(r, 0, r + 1, 0, "Kode", head)
        ws.merge_range(r, 1, r + 1, 1, "Program/Kegiatan", head)
        ws.merge_range(r, 2, r + 1, 2, "Indikator Kinerja Program/Kegiatan/ Sub Kegiatan", head)
        ws.merge_range(r, 3, r, 6, "Rencana Tahun 2022", head)
        for c, t in enumerate(["Lokasi", "Target Capaian Kinerja", "Pagu Indikatif", "Sumber Dana"]):
            ws.write(r + 1, 3 + c, t, head)
        ws.merge_range(r, 7, r + 1, 7, "Catatan Penting", head)
        ws.merge_range(r, 8, r, 9, "Prakiraan Maju Rencana Tahun 2023", head)
        ws.write(r + 1, 8, "Target Capaian Kinerja", head)
        ws.write(r + 1, 9, "Pagu Indikatif", head)
        return r + 2

    r = header(r)
    for i, row in enumerate(s2_tc33.ROWS):
        if i == 37:  # the page break of the original: the header block is printed again
            r = header(r)
        kind, uraian, ind, lok, tgt, pagu, dana, cat, tgt1, pagu1 = row
        ws.write(r, 0, "1" if i == 0 else "", cell)
        for c, v in enumerate([uraian, ind, lok, tgt, pagu, dana, cat, tgt1, pagu1], start=1):
            ws.write_string(r, c, v, num if c in (5, 9) else cell)
        r += 1
    r += 1
    for t in ["Lumajang, Oktober 2021", "KEPALA DINAS KOPERASI DAN USAHA MIKRO", "KABUPATEN LUMAJANG", "", "", "NIP. 19650516 199203 1 008"]:
        if t:
            ws.write(r, 8, t)
        r += 1
    ws.set_column(1, 2, 40)
    wb.close()

    # The same table as CSV, in the Indonesian (;) and English (,) dialects.
    head_row = ["Kode", "Program/Kegiatan", "Indikator Kinerja Program/Kegiatan/ Sub Kegiatan", "Rencana Tahun 2022 Lokasi",
                "Rencana Tahun 2022 Target Capaian Kinerja", "Rencana Tahun 2022 Pagu Indikatif", "Rencana Tahun 2022 Sumber Dana",
                "Catatan Penting", "Prakiraan Maju Rencana Tahun 2023 Target Capaian Kinerja", "Prakiraan Maju Rencana Tahun 2023 Pagu Indikatif"]
    for dialect, name in ((";", "s2-lumajang-tc33-id.csv"), (",", "s2-lumajang-tc33-en.csv")):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=dialect, lineterminator="\r\n")
        for t in s2_tc33.TITLE:
            w.writerow([t])
        w.writerow(head_row)
        for i, row in enumerate(s2_tc33.ROWS):
            kind, uraian, ind, lok, tgt, pagu, dana, cat, tgt1, pagu1 = row
            if dialect == ",":
                pagu, pagu1 = to_english(pagu), to_english(pagu1)
            w.writerow(["1" if i == 0 else "", uraian, ind, lok, tgt, pagu, dana, cat, tgt1, pagu1])
        data = buf.getvalue()
        with open(os.path.join(OUT, name), "w", encoding="utf-8-sig" if dialect == ";" else "utf-8", newline="") as f:
            f.write(data)


def to_indonesian(s):
    """32,535,393 -> 32.535.393."""
    return s.replace(",", ".") if s and all(p.isdigit() for p in s.split(",")) else s


def s4_lomboktengah_rencana_aksi():
    wb = workbook("s4-lomboktengah-rencana-aksi.xlsx")
    ws = wb.add_worksheet("Rencana Aksi")
    bold = wb.add_format({"bold": True, "align": "center"})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    money = wb.add_format({"border": 1, "num_format": "#,##0", "valign": "top"})
    for i, t in enumerate(s4_rencana_aksi.TITLE):
        ws.merge_range(i, 0, i, 15, t, bold)
    r = len(s4_rencana_aksi.TITLE) + 1

    def header(r):
        ws.merge_range(r, 0, r + 1, 0, "No", head)
        ws.merge_range(r, 1, r + 1, 1, "Sasaran Strategis", head)
        ws.merge_range(r, 2, r + 1, 2, "", head)  # the indicator column has no heading in the original
        ws.merge_range(r, 3, r + 1, 3, "Satuan", head)
        ws.merge_range(r, 4, r + 1, 4, "Target Kinerja", head)
        ws.merge_range(r, 5, r, 8, "Rencana Aksi per Triwulan", head)
        ws.merge_range(r, 9, r + 1, 9, "Program/ Kegiatan", head)
        ws.merge_range(r, 10, r + 1, 10, "ANGGARAN APBD (Rp)", head)
        ws.merge_range(r, 11, r, 14, "Rencana Aksi per Triwulan", head)
        ws.merge_range(r, 15, r + 1, 15, "Penanggung Jawab", head)
        for c, t in enumerate(["I", "II", "III", "IV"]):
            ws.write(r + 1, 5 + c, t, head)
            ws.write(r + 1, 11 + c, t, head)
        for c, t in enumerate(["1", "2", "", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16"]):
            ws.write(r + 2, c, t, head)
        return r + 3

    r = header(r)
    for i, row in enumerate(s4_rencana_aksi.ROWS):
        if i in (20, 40):  # page breaks of the original repeat the header block
            r = header(r)
        for c, v in enumerate(row):
            if c >= 10 and c <= 14 and v and v not in ("-",) and all(p.isdigit() for p in v.split(",")):
                ws.write_number(r, c, int(v.replace(",", "")), money)
            elif v == "Jumlah" and c == 0:
                ws.merge_range(r, 0, r, 9, v, head)
            elif c <= 9 and row[0] == "Jumlah":
                continue
            else:
                ws.write_string(r, c, v, cell)
        r += 1
    r += 1
    for t in s4_rencana_aksi.SIGNATURE:
        if t:
            ws.write(r, 12, t)
        r += 1
    ws.set_column(2, 2, 40)
    ws.set_column(9, 9, 40)
    wb.close()

    head_row = ["No", "Sasaran Strategis", "", "Satuan", "Target Kinerja", "Rencana Aksi per Triwulan I", "Rencana Aksi per Triwulan II",
                "Rencana Aksi per Triwulan III", "Rencana Aksi per Triwulan IV", "Program/ Kegiatan", "ANGGARAN APBD (Rp)",
                "Anggaran Triwulan I", "Anggaran Triwulan II", "Anggaran Triwulan III", "Anggaran Triwulan IV", "Penanggung Jawab"]
    for dialect, name in ((";", "s4-lomboktengah-rencana-aksi-id.csv"), (",", "s4-lomboktengah-rencana-aksi-en.csv")):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=dialect, lineterminator="\r\n")
        for t in s4_rencana_aksi.TITLE:
            w.writerow([t])
        w.writerow(head_row)
        for row in s4_rencana_aksi.ROWS:
            row = list(row)
            if dialect == ";":
                row = [to_indonesian(v) if 10 <= c <= 14 else v for c, v in enumerate(row)]
            w.writerow(row)
        with open(os.path.join(OUT, name), "w", encoding="utf-8-sig" if dialect == ";" else "utf-8", newline="") as f:
            f.write(buf.getvalue())


def tc30_workbook(name, m):
    """A T-C.30 as printed: title lines, the two-row header with its year sub headers, the number row,
    every cell as text (dot decimals and percent signs as the originals show them)."""
    wb = workbook(name)
    ws = wb.add_worksheet("T-C.30")
    bold = wb.add_format({"bold": True, "align": "center"})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    for i, t in enumerate(m.TITLE):
        ws.merge_range(i, 0, i, 12, t, bold)
    r = len(m.TITLE) + 1
    top, sub = m.HEADER_TOP, m.HEADER_SUB
    c = 0
    while c < len(top):
        span = 1
        while c + span < len(top) and top[c + span] is None:
            span += 1
        if sub[c] is None:
            ws.merge_range(r, c, r + 1, c, top[c], head)
        else:
            ws.merge_range(r, c, r, c + span - 1, top[c], head)
            for k in range(span):
                ws.write(r + 1, c + k, sub[c + k], head)
        c += span
    for c, t in enumerate(m.NUMBERS):
        ws.write(r + 2, c, t, head)
    r += 3
    for row in m.ROWS:
        for c, v in enumerate(row):
            ws.write_string(r, c, v, cell)  # numbers printed with dot decimals, kept as text
        r += 1
    ws.set_column(1, 1, 45)
    wb.close()


def s2_lumajang_tc30():
    tc30_workbook("s2-lumajang-tc30.xlsx", s2_tc30)


def s3_bengkalis_tc30():
    tc30_workbook("s3-bengkalis-tc30.xlsx", s3_tc30)


def s2_lumajang_tc32():
    wb = workbook("s2-lumajang-tc32.xlsx")
    ws = wb.add_worksheet("T-C.32")
    bold = wb.add_format({"bold": True, "align": "center"})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    for i, t in enumerate(s2_tc32.TITLE):
        ws.merge_range(i, 0, i, 6, t, bold)
    r = len(s2_tc32.TITLE) + 1
    for c, t in enumerate(["No", "Usulan Aktivitas", "Lokasi", "Indikator Kinerja (ABAIKAN)", "Besaran/ Volume"]):
        ws.merge_range(r, c, r + 1, c, t, head)
    ws.merge_range(r, 5, r, 6, "Catatan", head)
    ws.write(r + 1, 5, "PD Pengusul", head)
    ws.write(r + 1, 6, "Mekanisme", head)
    for c in range(7):
        ws.write(r + 2, c, str(c + 1), head)
    r += 3
    for row in s2_tc32.ROWS:
        for c, v in enumerate(row):
            ws.write_string(r, c, v, cell)
        r += 1
    ws.set_column(1, 2, 36)
    wb.close()


def s2_lumajang_tc31():
    wb = workbook("s2-lumajang-tc31.xlsx")
    ws = wb.add_worksheet("T-C.31")
    bold = wb.add_format({"bold": True, "align": "center"})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    for i, t in enumerate(s2_tc31.TITLE):
        ws.merge_range(i, 0, i, 11, t, bold) if i < 4 else ws.write(i, 0, t)
    r = len(s2_tc31.TITLE) + 1
    ws.merge_range(r, 0, r + 1, 0, "No", head)
    ws.merge_range(r, 1, r, 5, "Rancangan Awal RKPD", head)
    ws.merge_range(r, 6, r, 10, "Hasil Analisis Kebutuhan", head)
    ws.merge_range(r, 11, r + 1, 11, "Catatan Penting", head)
    for c, t in enumerate(["Program/ Kegiatan/ Sub Kegiatan", "Lokasi", "Indikator kinerja", "Target capaian", "Pagu indikatif (Rp.000)",
                           "Program/ Kegiatan", "Lokasi", "Indikator kinerja", "Target capaian", "Kebutuhan Dana (Rp.000)"], start=1):
        ws.write(r + 1, c, t, head)
    for c in range(12):
        ws.write(r + 2, c, str(c + 1), head)
    r += 3
    for row in s2_tc31.ROWS:
        for c, v in enumerate(row):
            ws.write_string(r, c, v, cell)
        r += 1
    ws.set_column(6, 6, 40)
    wb.close()


def s0_florestimur_tc33():
    wb = workbook("s0-florestimur-tc33.xlsx")
    ws = wb.add_worksheet("BAB IV")
    bold = wb.add_format({"bold": True, "align": "center"})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    cellb = wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "bold": True})
    run = wb.add_format({"bold": True, "align": "center"})
    ws.merge_range(0, 0, 0, 14, s0_tc33.TITLE[0], bold)
    r = 2
    ws.merge_range(r, 0, r, 4, "KODE", head)
    for c, k in enumerate(["URUSAN", "BIDANG URUSAN", "PROGRAM", "KEGIATAN", "SUB KEGIATAN"]):
        ws.write(r + 1, c, k, head)
    ws.merge_range(r, 5, r + 1, 5, "URUSAN / BIDANG URUSAN/ PROGRAM/ KEGIATAN / SUB KEGIATAN", head)
    ws.merge_range(r, 6, r + 1, 6, "INDIKATOR PROGRAM/ KEGIATAN/SUB KEGIATAN (Satuan)", head)
    ws.merge_range(r, 7, r, 10, "TARGET KINERJA DAN KERANGKA PENDANAAN TAHUN 2022", head)
    for c, k in enumerate(["TARGET", "PAGU INDIKATIF (Rp,-)", "LOKASI", "SUMBER DANA"], start=7):
        ws.write(r + 1, c, k, head)
    ws.merge_range(r, 11, r, 12, "PRIORITAS", head)
    ws.write(r + 1, 11, "PN", head)
    ws.write(r + 1, 12, "PD", head)
    ws.merge_range(r, 13, r, 14, "PERKIRAAN MAJU TAHUN 2023", head)
    ws.write(r + 1, 13, "TARGET", head)
    ws.write(r + 1, 14, "PAGU INDIKATIF (Rp)", head)
    for c, t in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "", "", ""]):
        ws.write(r + 2, c, t, head)
    r += 3
    for item in s0_tc33.ROWS:
        if item[0] == "RUN":  # the page header printed inside the table at each page break
            ws.merge_range(r, 0, r, 14, item[1], run)
            r += 1
            continue
        _, row, b = item
        for c, v in enumerate(row):
            ws.write_string(r, c, v, cellb if b else cell)
        r += 1
    r += 1
    for t in s0_tc33.SIGNATURE:
        if t:
            ws.write(r, 12, t)
        r += 1
    ws.set_column(5, 6, 40)
    wb.close()


def s3_bengkalis_evaluasi():
    """S3's quarterly evaluation: five title lines, a four-row header (groups, quarters, K|Rp, the number
    row with its printed formulas) printed again on every page with that page's typos, money as numbers
    with two decimals (negatives printed in parentheses stay text), K and percentages as text."""
    wb = workbook("s3-bengkalis-evaluasi.xlsx")
    ws = wb.add_worksheet("T-C.29")
    bold = wb.add_format({"bold": True, "align": "center"})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    cellb = wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "bold": True})
    money = wb.add_format({"border": 1, "num_format": "#,##0.00", "valign": "top"})
    moneyb = wb.add_format({"border": 1, "num_format": "#,##0.00", "valign": "top", "bold": True})
    for i, t in enumerate(s3_evaluasi.TITLE):
        ws.merge_range(i, 0, i, 25, t, bold) if i < 3 else ws.write(i, 0, t)
    r = len(s3_evaluasi.TITLE) + 1

    def header(r, page):
        kode, sasaran, target, tw, real, renstra, tingkat, unit, f15 = s3_evaluasi.PAGE_HEADERS[page]
        for c, t in enumerate([kode, sasaran, "Program/ Kegiatan", "Indikator Kinerja Program (outcome)/ Kegiatan (output)", "Satuan"]):
            ws.merge_range(r, c, r + 2, c, t, head)
        groups = ["Target RENSTRA Perangkat Daerah Pada Tahun 2021 (akhir periode RENSTRA)",
                  "Realisasi Capaian Kinerja RENSTRA sampai dengan RENJA Perangkat Daerah Tahun Lalu (n-2)", target]
        for g, t in enumerate(groups):
            ws.merge_range(r, 5 + 2 * g, r + 1, 6 + 2 * g, t, head)
        ws.merge_range(r, 11, r, 18, tw, head)
        for q, t in enumerate(["I", "II", "III", "IV"]):
            ws.merge_range(r + 1, 11 + 2 * q, r + 1, 12 + 2 * q, t, head)
        for g, t in enumerate([real, renstra, tingkat]):
            ws.merge_range(r, 19 + 2 * g, r + 1, 20 + 2 * g, t, head)
        ws.merge_range(r, 25, r + 2, 25, unit, head)
        for c in range(5, 25):
            ws.write(r + 2, c, "K" if c % 2 == 1 else "Rp", head)
        for c, t in enumerate(["1", "2", "3", "4", "5"]):
            ws.write(r + 3, c, t, head)
        for g, t in enumerate(["6", "7", "8", "9", "10", "11", "12", "13", "14 = 7+13", f15]):
            ws.merge_range(r + 3, 5 + 2 * g, r + 3, 6 + 2 * g, t, head)
        ws.write(r + 3, 25, "16", head)
        return r + 4

    page = 0
    r = header(r, page)
    money_cols = {6, 8, 10, 12, 14, 16, 18, 20, 22}
    for item in s3_evaluasi.ROWS:
        if item == "page":
            page += 1
            r = header(r, page)
            continue
        kind, row, is_program = item
        for c, v in enumerate(row):
            if not v:
                continue
            if kind == "row" and c in money_cols and v[0].isdigit() and "," in v:
                ws.write_number(r, c, float(v.replace(".", "").replace(",", ".")), moneyb if is_program else money)
            elif kind == "foot" and c == 0:
                ws.merge_range(r, 0, r, 10, v, cellb)
            else:
                ws.write_string(r, c, v, cellb if is_program else cell)
        r += 1
    for t in s3_evaluasi.AFTER:
        ws.write(r, 0, t)
        r += 1
    r += 1
    for t in s3_evaluasi.SIGNATURE:
        if t:
            ws.write(r, 20, t)
        r += 1
    ws.set_column(2, 3, 36)
    ws.set_column(5, 24, 14)
    wb.close()


if __name__ == "__main__":
    s3_tc31.build(workbook)
    s3_tc33.build(workbook)
    s2_tc29.build(workbook)
    s0_dpa.build(workbook)
    s1_lkip.build(workbook)
    s3_bengkalis_tc30()
    s3_bengkalis_evaluasi()
    s0_florestimur_tc33()
    s2_lumajang_tc31()
    s2_lumajang_tc30()
    s2_lumajang_tc32()
    s2_lumajang_tc33()
    s4_lomboktengah_rencana_aksi()
