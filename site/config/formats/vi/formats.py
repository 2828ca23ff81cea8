"""Dates and numbers as Vietnamese readers write them.

Django's own Vietnamese formats write "Ngày 5 tháng 2 năm 2025" and "05-02-2025";
an association's documents write "ngày 05 tháng 02 năm 2025" and "05/02/2025".
"""

DATE_FORMAT = r"\n\g\à\y d \t\h\á\n\g m \n\ă\m Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = r"H:i, \n\g\à\y d \t\h\á\n\g m \n\ă\m Y"
YEAR_MONTH_FORMAT = r"\t\h\á\n\g m \n\ă\m Y"
MONTH_DAY_FORMAT = r"d \t\h\á\n\g m"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "H:i d/m/Y"
FIRST_DAY_OF_WEEK = 1  # Monday
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
