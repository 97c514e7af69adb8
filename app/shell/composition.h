// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "core/catalogue.h"
#include "core/clock.h"
#include "store/devicestore.h"
#include "store/filekeyprovider.h"
#include "store/masterdatarepository.h"

#include <QString>

#include <memory>
#include <optional>

class QQmlApplicationEngine;
class ResidentListModel;
class RecordController;

namespace akten::shell {

/** What the app was asked to start with. */
struct ShellOptions
{
    QString dataDir;
    QString deviceKeyPath; ///< empty = DATA_DIR/device.key
    bool demo = false;
    bool kiosk = false;
};

/**
 * The composition root: opens (or, with demo, creates and seeds) the device store, builds repositories and the
 * models QML sees, and loads the shell with them as initial properties. If the store cannot be opened, the shell
 * shows a Swedish error page and no data. Owns everything it builds; lives as long as the engine.
 */
class Composition
{
public:
    explicit Composition(ShellOptions options);
    ~Composition();
    Composition(const Composition &) = delete;
    Composition &operator=(const Composition &) = delete;

    /** Opens the store and builds the models; on failure, startupError() is set and the UI shows it. */
    void build();
    /** Loads qrc:/Akten/Shell/Main.qml (Qt 6.4 resource prefix "/") with the models as initial properties. */
    void load(QQmlApplicationEngine &engine);

    [[nodiscard]] QString startupError() const { return m_startupError; }
    [[nodiscard]] ResidentListModel *residents() const { return m_residents.get(); }
    [[nodiscard]] RecordController *record() const { return m_record.get(); }

private:
    ShellOptions m_options;
    core::SystemClock m_clock;
    std::unique_ptr<store::FileKeyProvider> m_keys;
    std::optional<store::DeviceStore> m_store;
    std::optional<core::IbicCatalogue> m_catalogue;
    std::unique_ptr<store::MasterDataRepository> m_master;
    std::unique_ptr<ResidentListModel> m_residents;
    std::unique_ptr<RecordController> m_record;
    QString m_startupError;
};

} // namespace akten::shell
