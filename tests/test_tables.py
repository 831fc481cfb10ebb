"""Spreadsheet rows as text: each cell beside its column's header, day counts under date headers as dates."""

from bedside.checks.tables import rows_as_text


def test_cells_carry_their_headers():
    rows = [["Hosp no", "Age", "Outcome"], ["K1234567", "77", "died"], ["", "65", ""]]
    assert rows_as_text(rows) == ["Hosp no\tAge\tOutcome", "Hosp no: K1234567; Age: 77; Outcome: died", "Age: 65"]


def test_day_counts_under_a_date_header_are_dates():
    rows = [["DOB", "Score"], ["18699", "18699"], ["12/03/1951", "x"]]
    assert rows_as_text(rows)[1:] == ["DOB: 12/03/1951; Score: 18699", "DOB: 12/03/1951; Score: x"]


def test_a_sheet_without_a_header_row_is_read_as_it_is():
    rows = [["12/03/2026", "Cardio"], ["13/03/2026", "Resp"], [], ["", ""]]
    assert rows_as_text(rows) == ["12/03/2026\tCardio", "13/03/2026\tResp"]


def test_cells_past_the_header_keep_their_value():
    assert rows_as_text([["Name", "Bed"], ["Ann", "3", "extra"]])[1] == "Name: Ann; Bed: 3; extra"


def test_day_counts_out_of_range_are_left_alone():
    assert rows_as_text([["Date", "N"], ["99999", "1"], ["0", "2"]])[1:] == ["Date: 99999; N: 1", "Date: 0; N: 2"]


def test_cells_excel_leaves_out_do_not_shift_values_under_other_headers():
    from conftest import xlsx

    from bedside.checks.extract import extract
    from bedside.checks.model import Attachment

    sheet = xlsx([["Name", "NHS number", "DOB"], ["Ann Smith", None, "x"], [None, None, "y"]])
    text = extract(Attachment("list.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              sheet)).text
    assert text.splitlines()[1:] == ["Name: Ann Smith; DOB: x", "DOB: y"]


def test_a_title_above_the_header_does_not_hide_it():
    rows = [["Ward C31 handover"], ["24/11/2026", ""], ["Name", "Hosp no"], ["Ann Smith", "K1234567"]]
    assert rows_as_text(rows) == ["Ward C31 handover", "24/11/2026\t", "Name\tHosp no", "Name: Ann Smith; Hosp no: K1234567"]


def test_a_header_is_looked_for_only_near_the_top():
    rows = [["1"], ["2"], ["3"], ["Name", "Bed"], ["Ann", "3"]]
    assert rows_as_text(rows)[-1] == "Ann\t3"


def test_word_tables_are_read_beside_their_headers_under_a_merged_title():
    import io

    import docx as python_docx

    from bedside.checks.extract import extract
    from bedside.checks.model import Attachment

    document = python_docx.Document()
    document.add_paragraph("SSC data so far")
    table = document.add_table(rows=3, cols=3)
    title = table.cell(0, 0).merge(table.cell(0, 2))  # one cell across the top: a gridSpan of 3
    title.text = "Audit, ward C31"
    for c, value in enumerate(["Initials", "Hosp No", "Age"]):
        table.cell(1, c).text = value
    for c, value in enumerate(["JB", "K1234567", "77"]):
        table.cell(2, c).text = value
    out = io.BytesIO()
    document.save(out)
    text = extract(Attachment("ssc.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                              out.getvalue())).text
    assert text.splitlines() == ["SSC data so far", "Audit, ward C31\t\t", "Initials\tHosp No\tAge",
                                 "Initials: JB; Hosp No: K1234567; Age: 77"]
