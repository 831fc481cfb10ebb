"""The School of Medicine guidance bedside enforces, quoted so explanations can cite it.

Source: University of Nottingham School of Medicine, "Social Media Guidance for Medical
Students", version 1.5, July 2025.
"""

SOURCE = "School of Medicine Social Media Guidance for Medical Students (v1.5)"

EMAIL_RULES = ("E-mail is subject to the same rules as those which apply to written communication. "
               "Care must be taken to ensure material is not illegal, defamatory, libellous, offensive, "
               "obscene, threatening or otherwise likely to cause nuisance, harm or distress to the recipient.")
ETIQUETTE = "Students should make use of appropriate etiquette when compiling e-mail messages."
SUITABILITY = "Inappropriate use of email may raise concerns about a person's suitability to become a doctor."
REDISTRIBUTION = ("Remember emails are vulnerable to redistribution. Do not assume the original intended "
                  "recipient will be the only recipient.")
CONFIDENTIALITY = ("Patient confidentiality is paramount, and no images or text should ever be posted which "
                   "may directly or indirectly identify a patient.")
PHOTOGRAPHS = "Never post pictures of patients or service users, even if they ask you to do this."
COLLEAGUES = ("You should be especially cautious about discussing issues relating to any experiences in a "
              "health care setting online, including conversations about patients or comments about colleagues.")
DISTRESS = ("No images or text should be posted which may cause colleagues, an individual patient, a "
            "patient's relative or patient group distress.")
DOCUMENTS = ("You should not post university documents (e.g., handouts, course guides, logbooks, and minutes "
             "of meetings) on a blog or other social media without permission from one of the Directors of "
             "Professionalism. There are established pathways for providing such information to those "
             "outside the University.")


def cite(*quotes: str) -> str:
    return " ".join(f"“{q}”" for q in quotes) + f" ({SOURCE})"
