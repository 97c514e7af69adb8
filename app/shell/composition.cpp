// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "shell/composition.h"

#include "demo/demogenerator.h"
#include "demo/demoseeder.h"
#include "models/modelsupport.h"
#include "models/recordcontroller.h"
#include "models/residentlistmodel.h"
#include "shell/startupmessage.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>

using namespace Qt::StringLiterals;

// The QML modules are static libraries: import their plugins explicitly.
Q_IMPORT_QML_PLUGIN(Akten_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Akten_UiPlugin)
Q_IMPORT_QML_PLUGIN(Akten_ResidentsPlugin)
Q_IMPORT_QML_PLUGIN(Akten_RecordPlugin)
Q_IMPORT_QML_PLUGIN(Akten_ShellPlugin)

namespace {
Q_LOGGING_CATEGORY(lcShell, "akten.shell")
}

namespace akten::shell {

Composition::Composition(ShellOptions options)
    : m_options(std::move(options))
{ }

Composition::~Composition() = default;

void Composition::build()
{
    const QString keyPath
        = m_options.deviceKeyPath.isEmpty() ? m_options.dataDir + u"/device.key"_s : m_options.deviceKeyPath;
    m_keys = std::make_unique<store::FileKeyProvider>(keyPath);
    const bool create = m_options.demo && !QFileInfo::exists(store::DeviceStore::databasePath(m_options.dataDir));
    Error failure;
    if (auto prepared = m_keys->prepare(create); !prepared) {
        failure = prepared.error();
    } else if (create) {
        auto created = store::DeviceStore::create(m_options.dataDir, *m_keys, m_clock);
        if (created) {
            m_store.emplace(std::move(created).value());
            const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(models::careTimeZone());
            const auto data = demo::generateDemoUnit(now.date(), m_store->deviceId(), 20261122, now.time());
            if (auto seeded = demo::seedDemo(*m_store, data); !seeded) {
                failure = seeded.error();
                m_store.reset();
            }
        } else {
            failure = created.error();
        }
    } else {
        auto opened = store::DeviceStore::open(m_options.dataDir, *m_keys, m_clock);
        if (opened) {
            m_store.emplace(std::move(opened).value());
        } else {
            failure = opened.error();
        }
    }
    auto catalogue = core::IbicCatalogue::bundled();
    if (m_store && !catalogue) {
        failure = catalogue.error();
        m_store.reset();
    }
    if (!m_store) {
        qCWarning(lcShell) << "cannot open the store:" << failure.message;
        m_startupError = startupMessageSv(failure);
        return;
    }
    m_catalogue.emplace(std::move(catalogue).value());
    m_master = std::make_unique<store::MasterDataRepository>(m_store->db());
    m_residents = std::make_unique<ResidentListModel>(*m_master);
    m_record = std::make_unique<RecordController>(m_store->db(), *m_catalogue);
}

void Composition::load(QQmlApplicationEngine &engine)
{
    engine.setInitialProperties({ { u"residents"_s, QVariant::fromValue(m_residents.get()) },
        { u"record"_s, QVariant::fromValue(m_record.get()) }, { u"kiosk"_s, m_options.kiosk },
        { u"startupError"_s, m_startupError } });
    engine.load(QUrl(u"qrc:/Akten/Shell/Main.qml"_s));
}

} // namespace akten::shell
