"""Where a reported clause starts and ends, second set (found scoring PolNeAR): the reporter's
narration after a report, a report that runs on past a colon, an attribution set in the middle of
its clause. Each story is a small one written for these tests, with the exact rows Parley must give."""

from __future__ import annotations

from quote_rows import rows


# -- ", but" and the speakers' next act, told by the reporter --------------------------------------

def test_a_but_clause_holding_the_speakers_next_report_is_the_reporters():
    assert rows("On Tuesday the fact-checkers ruled that the mayor's claim about the break-ins in Lyon was "
                "accurate, but in their report they could not help noting that each break-in did not involve a theft.") == [
        ("indirect", "the fact-checkers", "the mayor's claim about the break-ins in Lyon was accurate"),
        ("indirect", "the fact-checkers", "each break-in did not involve a theft"),
    ]


def test_a_but_clause_that_goes_on_with_the_report_stays():
    assert rows("The ferry company told the Gazette that the fares would rise in May, "
                "but it will hold its current offer open until then.") == [
        ("indirect", "the ferry company", "the fares would rise in May, but it will hold its current offer open until then"),
    ]


# -- a colon inside the report -----------------------------------------------------------------------

def test_a_report_goes_on_past_a_colon():
    assert rows("Mr. Ortiz notes that we are at a rare moment where three things happen at once: "
                "prices are rising in many towns, rates are low and banks are looser than they were.") == [
        ("indirect", "Ortiz", "we are at a rare moment where three things happen at once: "
                              "prices are rising in many towns, rates are low and banks are looser than they were"),
    ]


def test_an_attribution_after_the_colon_is_a_report_of_its_own():
    assert rows("The mayor said the city had two choices: the council said it would cut services.") == [
        ("indirect", "the mayor", "the city had two choices"),
        ("indirect", "the council", "it would cut services"),
    ]
