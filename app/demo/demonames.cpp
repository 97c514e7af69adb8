// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/demo/demonames.h"

using namespace Qt::StringLiterals;

namespace akten::demo {

const QList<DemoPerson> &demoStaff()
{
    using core::StaffRole;
    static const QList<DemoPerson> staff {
        { u"Helena", u"Strand", u"enhetschef", StaffRole::UnitManager, DemoUnit::Bjorkgarden, false },
        { u"Anna", u"Berg", u"undersköterska", StaffRole::CareStaff, DemoUnit::Bjorkgarden, false },
        { u"Fatima", u"Hassan", u"undersköterska", StaffRole::CareStaff, DemoUnit::Bjorkgarden, false },
        { u"Maria", u"Johansson", u"undersköterska", StaffRole::CareStaff, DemoUnit::Bjorkgarden, false },
        { u"Erik", u"Nilsson", u"undersköterska", StaffRole::CareStaff, DemoUnit::Bjorkgarden, false },
        { u"Sofia", u"Lind", u"vårdbiträde", StaffRole::CareStaff, DemoUnit::Bjorkgarden, false },
        { u"Leila", u"Karimi", u"undersköterska", StaffRole::CareStaff, DemoUnit::Bjorkgarden, false },
        { u"Johan", u"Ek", u"vårdbiträde", StaffRole::CareStaff, DemoUnit::Bjorkgarden, false },
        { u"Aino", u"Virtanen", u"undersköterska", StaffRole::CareStaff, DemoUnit::Bjorkgarden, false },
        { u"Peter", u"Sandin", u"enhetschef", StaffRole::UnitManager, DemoUnit::Solrosen, false },
        { u"Amir", u"Haddad", u"stödassistent", StaffRole::CareStaff, DemoUnit::Solrosen, false },
        { u"Klara", u"Holm", u"stödpedagog", StaffRole::CareStaff, DemoUnit::Solrosen, false },
        { u"Oskar", u"Wik", u"stödassistent", StaffRole::CareStaff, DemoUnit::Solrosen, false },
        { u"Lina", u"Fors", u"stödassistent", StaffRole::CareStaff, DemoUnit::Solrosen, false },
        { u"Eva", u"Malm", u"socialt ansvarig samordnare", StaffRole::Sas, DemoUnit::Bjorkgarden, true },
    };
    return staff;
}

const QList<DemoResidentSeed> &demoResidents()
{
    static const QList<DemoResidentSeed> residents {
        { u"Margit", u"Lindqvist", true, 91, DemoUnit::Bjorkgarden, false, u"" },
        { u"Gösta", u"Bergström", false, 86, DemoUnit::Bjorkgarden, false, u"Per Bergström, god man" },
        { u"Ingrid", u"Holmgren", true, 94, DemoUnit::Bjorkgarden, false, u"" },
        { u"Sven", u"Åkesson", false, 79, DemoUnit::Bjorkgarden, false, u"" },
        { u"Elsa", u"Nyström", true, 88, DemoUnit::Bjorkgarden, false, u"" },
        { u"Bertil", u"Ekdahl", false, 92, DemoUnit::Bjorkgarden, false, u"Lars Ekdahl, förvaltare" },
        { u"Astrid", u"Forsberg", true, 83, DemoUnit::Bjorkgarden, true, u"" },
        { u"Rune", u"Hedlund", false, 77, DemoUnit::Bjorkgarden, false, u"" },
        { u"Gunvor", u"Wallin", true, 97, DemoUnit::Bjorkgarden, false, u"" },
        { u"Lennart", u"Sjöberg", false, 84, DemoUnit::Bjorkgarden, false, u"" },
        { u"Birgit", u"Lundgren", true, 89, DemoUnit::Bjorkgarden, false, u"Eva Lundgren, god man" },
        { u"Arne", u"Öberg", false, 81, DemoUnit::Bjorkgarden, false, u"" },
        { u"Karin", u"Sandberg", true, 75, DemoUnit::Bjorkgarden, false, u"" },
        { u"Signe", u"Dahlberg", true, 90, DemoUnit::Bjorkgarden, false, u"" },
        { u"Jonas", u"Almqvist", false, 34, DemoUnit::Solrosen, false, u"Ulla Almqvist, god man" },
        { u"Sara", u"Lindell", true, 28, DemoUnit::Solrosen, false, u"" },
        { u"Emil", u"Rask", false, 45, DemoUnit::Solrosen, true, u"Björn Rask, förvaltare" },
        { u"Linnea", u"Torstensson", true, 52, DemoUnit::Solrosen, false, u"" },
        { u"Elias", u"Norén", false, 14, DemoUnit::Solrosen, false, u"vårdnadshavare Camilla Norén" },
        { u"Maja", u"Ström", true, 16, DemoUnit::Solrosen, false, u"vårdnadshavare Tomas Ström" },
    };
    return residents;
}

QString fictitiousPersonalNumber(const QDate &birthDate, int serialDigit, bool female)
{
    // Serial 98x: the gender digit (third of the serial) is even for women, odd for men.
    const int genderDigit = (serialDigit % 5) * 2 + (female ? 0 : 1);
    const QString nine = birthDate.toString(u"yyMMdd"_s) + u"98"_s + QString::number(genderDigit);
    int sum = 0;
    for (int i = 0; i < nine.size(); ++i) {
        int d = nine.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    const int check = (10 - sum % 10) % 10;
    return birthDate.toString(u"yyyyMMdd"_s) + u"-98"_s + QString::number(genderDigit) + QString::number(check);
}

} // namespace akten::demo
