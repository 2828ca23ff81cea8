"""Plans and reports as the office files them: PDF and DOCX in the layout of Nghị định 30/2020/NĐ-CP."""
