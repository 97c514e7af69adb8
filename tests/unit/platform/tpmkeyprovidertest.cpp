// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The device key sealed by a TPM 2.0, against two software TPMs (swtpm) that tests/support/with-swtpm.sh starts on
// loopback: sealed and unsealed again by a new provider (an app restart); data keys round-trip and a tampered blob is
// refused; the sealed key is no use on another TPM or when altered; destroy() removes it; a device store opens with it
// and not after it is destroyed.
#include "tests/support/testkeyprovider.h"

#include "app/store/devicestore.h"
#include "platform/keys/devicekeys.h"
#include "platform/keys/tpmkeyprovider.h"

#include "tests/support/manualclock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <tss2/tss2_esys.h>
#include <tss2/tss2_tctildr.h>
#include <unistd.h>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {
/** Extends a PCR of the SHA-256 bank, as a boot with other secure-boot settings would leave it. */
bool extendPcr(const QString &tcti, ESYS_TR pcr)
{
    TSS2_TCTI_CONTEXT *loader = nullptr;
    ESYS_CONTEXT *esys = nullptr;
    if (Tss2_TctiLdr_Initialize(tcti.toUtf8().constData(), &loader) != TSS2_RC_SUCCESS) {
        return false;
    }
    bool ok = Esys_Initialize(&esys, loader, nullptr) == TSS2_RC_SUCCESS;
    TPML_DIGEST_VALUES digests {};
    digests.count = 1;
    digests.digests[0].hashAlg = TPM2_ALG_SHA256;
    digests.digests[0].digest.sha256[0] = 0x42;
    ok = ok && Esys_PCR_Extend(esys, pcr, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE, &digests) == TSS2_RC_SUCCESS;
    Esys_Finalize(&esys);
    Tss2_TctiLdr_Finalize(&loader);
    return ok;
}

QByteArray bytes(const store::SecretBytes &secret)
{
    return QByteArray(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
}
} // namespace

class TpmKeyProviderTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_tpm;
    QString m_otherTpm;

private Q_SLOTS:
    void initTestCase()
    {
        m_tpm = qEnvironmentVariable("AKTEN_TEST_TPM");
        m_otherTpm = qEnvironmentVariable("AKTEN_TEST_TPM2");
        QVERIFY2(!m_tpm.isEmpty() && !m_otherTpm.isEmpty(), "run through tests/support/with-swtpm.sh");
    }

    void sealsAKeyAndRoundTrips()
    {
        const QString path = m_tmp.filePath(u"device.tpm"_s);
        platform::TpmKeyProvider keys(m_tpm, path);
        QVERIFY(!keys.prepare(false)); // nothing there and not allowed to create
        const auto prepared = keys.prepare(true);
        QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions {});
        const store::SecretBytes dataKey = store::SecretBytes::random(32);
        const auto wrapped = keys.wrap(dataKey);
        QVERIFY2(wrapped, wrapped ? "" : qPrintable(wrapped.error().message));

        platform::TpmKeyProvider restarted(u"device:/dev/nonexistent"_s, path); // the file's TCTI is the one used
        QVERIFY(restarted.prepare(false));
        const auto unwrapped = restarted.unwrap(wrapped.value());
        QVERIFY2(unwrapped, unwrapped ? "" : qPrintable(unwrapped.error().message));
        QCOMPARE(bytes(unwrapped.value()), bytes(dataKey));

        QByteArray tampered = wrapped.value();
        tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
        QCOMPARE(restarted.unwrap(tampered).error().code, ErrorCode::WrongKey);

        // A second key sealed by the same TPM does not open the first one's blobs.
        platform::TpmKeyProvider second(m_tpm, m_tmp.filePath(u"second.tpm"_s));
        QVERIFY(second.prepare(true));
        QCOMPARE(second.unwrap(wrapped.value()).error().code, ErrorCode::WrongKey);
        QVERIFY(second.destroy());
    }

    void anotherTpmOrAnAlteredSealIsRefused()
    {
        const QString path = m_tmp.filePath(u"moved.tpm"_s);
        platform::TpmKeyProvider keys(m_tpm, path);
        QVERIFY(keys.prepare(true));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sealed = file.readAll();
        file.close();
        const auto write = [&](const QString &name, const QByteArray &content) {
            QFile out(m_tmp.filePath(name));
            [&] { QVERIFY(out.open(QIODevice::WriteOnly)); }();
            out.write(content);
            return out.fileName();
        };

        // The same file on another TPM (a copied disk in another tablet): that TPM cannot load it.
        const auto onOther = platform::TpmKeyProvider(
            m_otherTpm, write(u"elsewhere.tpm"_s, QByteArray(sealed).replace(m_tpm.toUtf8(), m_otherTpm.toUtf8())))
                                 .prepare(false);
        QVERIFY(!onOther);
        QCOMPARE(onOther.error().code, ErrorCode::WrongKey);

        // One hex digit of the private part changed: refused by the TPM's integrity check.
        const qsizetype at = sealed.indexOf("private ") + 8 + 20;
        QByteArray altered = sealed;
        altered[at] = altered.at(at) == '0' ? '1' : '0';
        const auto alteredResult = platform::TpmKeyProvider(m_tpm, write(u"altered.tpm"_s, altered)).prepare(false);
        QVERIFY(!alteredResult);
        QCOMPARE(alteredResult.error().code, ErrorCode::WrongKey);
        QCOMPARE(platform::TpmKeyProvider(m_tpm, write(u"garbage.tpm"_s, "akten-tpm-key 1\nnonsense"))
                     .prepare(false)
                     .error()
                     .code,
            ErrorCode::WrongKey);

        QVERIFY(keys.destroy());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!keys.prepare(false));
        const auto absent
            = platform::TpmKeyProvider(u"device:/dev/no-tpm-here"_s, m_tmp.filePath(u"none.tpm"_s)).prepare(true);
        QVERIFY(!absent);
        QCOMPARE(absent.error().code, ErrorCode::KeyStoreUnavailable); // the app says the TPM does not answer
        QVERIFY(!QFile::exists(m_tmp.filePath(u"none.tpm"_s)));

        // A TCTI that runs a program is never used, from the settings or from an edited key file.
        const QString ran = m_tmp.filePath(u"ran"_s);
        const QString command = u"cmd:touch "_s + ran;
        const auto fromSettings = platform::TpmKeyProvider(command, m_tmp.filePath(u"cmd.tpm"_s)).prepare(true);
        QVERIFY(!fromSettings);
        QCOMPARE(fromSettings.error().code, ErrorCode::InvalidInput);
        const auto fromFile = platform::TpmKeyProvider(
            m_tpm, write(u"cmd-edited.tpm"_s, QByteArray(sealed).replace(m_tpm.toUtf8(), command.toUtf8())))
                                  .prepare(false);
        QVERIFY(!fromFile);
        QCOMPARE(fromFile.error().code, ErrorCode::InvalidInput);
        QVERIFY(!QFile::exists(ran));
    }

    void aDeviceStoreOpensWithIt()
    {
        const QString dir = m_tmp.filePath(u"store"_s);
        test::ManualClock clock;
        {
            platform::TpmKeyProvider keys(m_tpm, m_tmp.filePath(u"store.tpm"_s));
            QVERIFY(keys.prepare(true));
            QVERIFY(store::DeviceStore::create(dir, keys, clock));
        }
        platform::TpmKeyProvider keys(m_tpm, m_tmp.filePath(u"store.tpm"_s));
        QVERIFY(keys.prepare(false));
        auto opened = store::DeviceStore::open(dir, keys, clock);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QVERIFY(keys.destroy()); // revoked: the store cannot be opened again
        QVERIFY(!store::DeviceStore::open(dir, keys, clock));
    }

    void theKeyThatExistsDecidesItsProvider()
    {
        const QString sealedPath = m_tmp.filePath(u"chosen.tpm"_s);
        auto sealed = platform::deviceKeyProvider(sealedPath, m_tpm); // new, a TPM named: sealed by it
        QVERIFY(sealed->description().contains(u"TPM"_s));
        QVERIFY(sealed->prepare(true));
        auto again
            = platform::deviceKeyProvider(sealedPath, u"off"_s); // existing: the file says TPM, whatever is asked
        QVERIFY(again->description().contains(u"TPM"_s));
        QVERIFY(again->prepare(false));

        const QString filePath = m_tmp.filePath(u"chosen.key"_s);
        auto file = platform::deviceKeyProvider(filePath, u"off"_s);
        QVERIFY(file->description().startsWith(u"device key file"_s));
        QVERIFY(file->prepare(true));
        QVERIFY(platform::deviceKeyProvider(filePath, m_tpm)->description().startsWith(u"device key file"_s));

        QCOMPARE(platform::resolveTpm(u"off"_s), QString());
        QCOMPARE(platform::resolveTpm(m_tpm), m_tpm);
        const bool hasTpm = ::access("/dev/tpmrm0", R_OK | W_OK) == 0;
        QCOMPARE(platform::resolveTpm(u"auto"_s), hasTpm ? u"device:/dev/tpmrm0"_s : QString());
        QVERIFY(again->destroy());
    }

    // Issue 16: a PCR policy (aktenctl init --tpm-pcrs 7) binds the key to the boot state it was sealed in. Runs last:
    // it changes PCR 7 of this test's software TPM.
    void zPcrPolicyBindsTheKeyToTheBootState()
    {
        QCOMPARE(platform::TpmKeyProvider::parsePcrs(u"7"_s), std::optional(QList<int> { 7 }));
        QCOMPARE(platform::TpmKeyProvider::parsePcrs(u"7,0"_s), std::optional(QList<int> { 0, 7 }));
        QCOMPARE(platform::TpmKeyProvider::parsePcrs(QString()), std::optional(QList<int> {}));
        for (const QString &bad : { u"24"_s, u"-1"_s, u"7,7"_s, u"x"_s, u"7,"_s }) {
            QVERIFY2(!platform::TpmKeyProvider::parsePcrs(bad), qPrintable(bad));
        }
        const QString path = m_tmp.filePath(u"bound.tpm"_s);
        const store::SecretBytes dataKey = store::SecretBytes::random(32);
        QByteArray wrapped;
        {
            auto keys = platform::deviceKeyProvider(path, m_tpm, { 7 });
            const auto prepared = keys->prepare(true);
            QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message));
            auto wrap = keys->wrap(dataKey);
            QVERIFY2(wrap, wrap ? "" : qPrintable(wrap.error().message));
            wrapped = wrap.value();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().endsWith("\npcrs 7\n"));
        platform::TpmKeyProvider again(QString(), path); // an existing key brings its policy along
        const auto unwrapped = again.unwrap(wrapped);
        QVERIFY2(unwrapped, unwrapped ? "" : qPrintable(unwrapped.error().message));
        QCOMPARE(bytes(unwrapped.value()), bytes(dataKey));

        QVERIFY(extendPcr(m_tpm, ESYS_TR_PCR7)); // booted with other secure-boot settings
        const auto refused = again.unwrap(wrapped);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::WrongKey);
        QVERIFY2(refused.error().message.contains(u"bound to the boot state (PCR 7)"_s),
            qPrintable(refused.error().message));
        // A key without a policy on the same TPM is not affected.
        platform::TpmKeyProvider plain(m_tpm, m_tmp.filePath(u"unbound.tpm"_s));
        QVERIFY(plain.prepare(true));
        const auto plainWrapped = plain.wrap(dataKey);
        QVERIFY(plainWrapped && plain.unwrap(plainWrapped.value()));
    }
};

QTEST_GUILESS_MAIN(TpmKeyProviderTest)
#include "tpmkeyprovidertest.moc"
