// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/keys/tpmkeyprovider.h"

#include "app/store/privatedirectory.h"
#include "platform/keys/keywrap.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cstring>
#include <sodium.h>
#include <sys/stat.h>
#include <tss2/tss2_esys.h>
#include <tss2/tss2_mu.h>
#include <tss2/tss2_rc.h>
#include <tss2/tss2_tctildr.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace akten::platform {
namespace {

Error tpmError(const QString &what, TSS2_RC rc)
{
    return Error { ErrorCode::KeyStoreUnavailable,
        u"TPM: %1 failed (%2)"_s.arg(what, QString::fromLatin1(Tss2_RC_Decode(rc))) };
}

/**
 * TCTIs that only talk to a TPM. Others are refused: the "cmd" TCTI runs a command, and the TCTI comes from the key
 * file and the settings, which must not become a way to run programs as whoever opens the store.
 */
bool acceptedTcti(const QString &tcti)
{
    const QString name = tcti.section(u':', 0, 0);
    return QStringList { u"device"_s, u"swtpm"_s, u"mssim"_s, u"tabrmd"_s }.contains(name);
}

/** An ESAPI context over a TCTI, finalised on destruction, with the transient objects it made flushed. */
class Tpm
{
public:
    Tpm() = default;
    Tpm(const Tpm &) = delete;
    Tpm &operator=(const Tpm &) = delete;
    ~Tpm()
    {
        for (ESYS_TR object : m_transient) {
            Esys_FlushContext(m_esys, object);
        }
        if (m_esys) {
            Esys_Finalize(&m_esys);
        }
        if (m_tcti) {
            Tss2_TctiLdr_Finalize(&m_tcti);
        }
    }

    Status connect(const QString &tcti)
    {
        if (!acceptedTcti(tcti)) {
            return Error { ErrorCode::InvalidInput,
                u"TPM: '%1' is not a TPM connection (device:, swtpm:, mssim: or tabrmd:)"_s.arg(tcti) };
        }
        if (TSS2_RC rc = Tss2_TctiLdr_Initialize(tcti.toUtf8().constData(), &m_tcti); rc != TSS2_RC_SUCCESS) {
            return tpmError(u"opening %1"_s.arg(tcti), rc);
        }
        if (TSS2_RC rc = Esys_Initialize(&m_esys, m_tcti, nullptr); rc != TSS2_RC_SUCCESS) {
            return tpmError(u"initialising ESAPI"_s, rc);
        }
        return {};
    }
    [[nodiscard]] ESYS_CONTEXT *esys() const { return m_esys; }

    /** The owner hierarchy's storage key (ECC P-256, the standard template, so it is the same key every time). */
    Result<ESYS_TR> storageKey()
    {
        TPM2B_PUBLIC templ {};
        templ.publicArea.type = TPM2_ALG_ECC;
        templ.publicArea.nameAlg = TPM2_ALG_SHA256;
        templ.publicArea.objectAttributes = TPMA_OBJECT_RESTRICTED | TPMA_OBJECT_DECRYPT | TPMA_OBJECT_FIXEDTPM
            | TPMA_OBJECT_FIXEDPARENT | TPMA_OBJECT_SENSITIVEDATAORIGIN | TPMA_OBJECT_USERWITHAUTH | TPMA_OBJECT_NODA;
        auto &ecc = templ.publicArea.parameters.eccDetail;
        ecc.symmetric.algorithm = TPM2_ALG_AES;
        ecc.symmetric.keyBits.aes = 128;
        ecc.symmetric.mode.aes = TPM2_ALG_CFB;
        ecc.scheme.scheme = TPM2_ALG_NULL;
        ecc.curveID = TPM2_ECC_NIST_P256;
        ecc.kdf.scheme = TPM2_ALG_NULL;
        const TPM2B_SENSITIVE_CREATE sensitive {};
        const TPM2B_DATA outside {};
        const TPML_PCR_SELECTION pcrs {};
        ESYS_TR primary = ESYS_TR_NONE;
        TPM2B_PUBLIC *outPublic = nullptr;
        TPM2B_CREATION_DATA *creation = nullptr;
        TPM2B_DIGEST *hash = nullptr;
        TPMT_TK_CREATION *ticket = nullptr;
        const TSS2_RC rc = Esys_CreatePrimary(m_esys, ESYS_TR_RH_OWNER, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
            &sensitive, &templ, &outside, &pcrs, &primary, &outPublic, &creation, &hash, &ticket);
        Esys_Free(outPublic);
        Esys_Free(creation);
        Esys_Free(hash);
        Esys_Free(ticket);
        if (rc != TSS2_RC_SUCCESS) {
            return tpmError(u"creating the storage key"_s, rc);
        }
        m_transient.push_back(primary);
        return primary;
    }

    /** An HMAC session salted with `storageKey` whose answers are encrypted (AES-128-CFB). */
    Result<ESYS_TR> encryptedSession(ESYS_TR storageKey)
    {
        const TPMT_SYM_DEF symmetric { TPM2_ALG_AES, { 128 }, { TPM2_ALG_CFB } };
        ESYS_TR session = ESYS_TR_NONE;
        if (TSS2_RC rc = Esys_StartAuthSession(m_esys, storageKey, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                ESYS_TR_NONE, nullptr, TPM2_SE_HMAC, &symmetric, TPM2_ALG_SHA256, &session);
            rc != TSS2_RC_SUCCESS) {
            return tpmError(u"starting a session"_s, rc);
        }
        m_transient.push_back(session);
        Esys_TRSess_SetAttributes(m_esys, session, TPMA_SESSION_CONTINUESESSION | TPMA_SESSION_ENCRYPT, 0xff);
        return session;
    }

    /**
     * A policy session bound to the current values of `pcrs` (PolicyPCR): a trial one only computes the policy's
     * digest (for sealing); a real one is salted with `storageKey` and encrypts answers like encryptedSession().
     */
    Result<ESYS_TR> pcrPolicySession(ESYS_TR storageKey, const QList<int> &pcrs, bool trial)
    {
        const TPMT_SYM_DEF symmetric
            = trial ? TPMT_SYM_DEF { TPM2_ALG_NULL, {}, {} } : TPMT_SYM_DEF { TPM2_ALG_AES, { 128 }, { TPM2_ALG_CFB } };
        ESYS_TR session = ESYS_TR_NONE;
        if (TSS2_RC rc
            = Esys_StartAuthSession(m_esys, trial ? ESYS_TR_NONE : storageKey, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                ESYS_TR_NONE, nullptr, trial ? TPM2_SE_TRIAL : TPM2_SE_POLICY, &symmetric, TPM2_ALG_SHA256, &session);
            rc != TSS2_RC_SUCCESS) {
            return tpmError(u"starting a policy session"_s, rc);
        }
        m_transient.push_back(session);
        TPML_PCR_SELECTION selection {};
        selection.count = 1;
        selection.pcrSelections[0].hash = TPM2_ALG_SHA256;
        selection.pcrSelections[0].sizeofSelect = 3;
        for (const int pcr : pcrs) {
            selection.pcrSelections[0].pcrSelect[pcr / 8] |= static_cast<BYTE>(1U << (pcr % 8));
        }
        const TPM2B_DIGEST current {}; // empty: the TPM uses the PCRs' current values
        if (TSS2_RC rc
            = Esys_PolicyPCR(m_esys, session, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, &current, &selection);
            rc != TSS2_RC_SUCCESS) {
            return tpmError(u"binding the session to PCRs"_s, rc);
        }
        if (!trial) {
            Esys_TRSess_SetAttributes(m_esys, session, TPMA_SESSION_CONTINUESESSION | TPMA_SESSION_ENCRYPT, 0xff);
        }
        return session;
    }

    /** Loads a sealed object (its public and private parts) under `parent`. */
    Result<ESYS_TR> load(ESYS_TR parent, const QByteArray &publicPart, const QByteArray &privatePart)
    {
        TPM2B_PUBLIC pub {};
        TPM2B_PRIVATE priv {};
        if (Tss2_MU_TPM2B_PUBLIC_Unmarshal(
                reinterpret_cast<const uint8_t *>(publicPart.constData()), size_t(publicPart.size()), nullptr, &pub)
                != TSS2_RC_SUCCESS
            || Tss2_MU_TPM2B_PRIVATE_Unmarshal(reinterpret_cast<const uint8_t *>(privatePart.constData()),
                   size_t(privatePart.size()), nullptr, &priv)
                != TSS2_RC_SUCCESS) {
            return Error { ErrorCode::WrongKey, u"the sealed device key is malformed"_s };
        }
        ESYS_TR object = ESYS_TR_NONE;
        if (TSS2_RC rc = Esys_Load(m_esys, parent, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE, &priv, &pub, &object);
            rc != TSS2_RC_SUCCESS) {
            return Error { ErrorCode::WrongKey,
                u"the device key was not sealed by this TPM, or it was altered (%1)"_s.arg(
                    QString::fromLatin1(Tss2_RC_Decode(rc))) };
        }
        m_transient.push_back(object);
        return object;
    }

private:
    TSS2_TCTI_CONTEXT *m_tcti = nullptr;
    ESYS_CONTEXT *m_esys = nullptr;
    std::vector<ESYS_TR> m_transient;
};

} // namespace

TpmKeyProvider::TpmKeyProvider(QString tcti, QString path)
    : SecretboxKeyProvider(std::move(path))
    , m_tcti(std::move(tcti))
{ }

TpmKeyProvider::TpmKeyProvider(QString tcti, QString path, QList<int> pcrs)
    : SecretboxKeyProvider(std::move(path))
    , m_tcti(std::move(tcti))
    , m_pcrs(std::move(pcrs))
{ }

std::optional<QList<int>> TpmKeyProvider::parsePcrs(const QString &text)
{
    QList<int> pcrs;
    if (text.trimmed().isEmpty()) {
        return pcrs;
    }
    for (const QString &part : text.split(u',')) {
        bool ok = false;
        const int pcr = part.trimmed().toInt(&ok);
        if (!ok || pcr < 0 || pcr > 23 || pcrs.contains(pcr)) {
            return std::nullopt;
        }
        pcrs.append(pcr);
    }
    std::sort(pcrs.begin(), pcrs.end());
    return pcrs;
}

Result<TpmKeyProvider::Sealed> TpmKeyProvider::readSealed() const
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::Io, u"sealed device key not found: %1"_s.arg(path()) };
    }
    const QList<QByteArray> lines = file.read(16 * 1024).trimmed().split('\n');
    const bool ok = (lines.size() == 4 || (lines.size() == 5 && lines.at(4).startsWith("pcrs ")))
        && lines.at(0) == TpmKeyProvider::kFormatLine && lines.at(1).startsWith("tcti ")
        && lines.at(2).startsWith("public ") && lines.at(3).startsWith("private ");
    const auto pcrs = lines.size() == 5 ? parsePcrs(QString::fromLatin1(lines.at(4).sliced(5))) : QList<int> {};
    if (!ok || !pcrs || (lines.size() == 5 && pcrs->isEmpty())) {
        return Error { ErrorCode::WrongKey, u"sealed device key %1 is malformed"_s.arg(path()) };
    }
    return Sealed { QString::fromUtf8(lines.at(1).sliced(5)), QByteArray::fromHex(lines.at(2).sliced(7)),
        QByteArray::fromHex(lines.at(3).sliced(8)), *pcrs };
}

Status TpmKeyProvider::writeSealed(const Sealed &sealed) const
{
    const QString dir = QFileInfo(path()).absolutePath();
    if (auto made = store::makePrivateDirectory(dir); !made) {
        return made.error();
    }
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly)) {
        return Error { ErrorCode::Io, u"cannot write %1"_s.arg(path()) };
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(TpmKeyProvider::kFormatLine.toByteArray() + "\ntcti " + sealed.tcti.toUtf8() + "\npublic "
        + sealed.publicPart.toHex() + "\nprivate " + sealed.privatePart.toHex() + '\n');
    if (!sealed.pcrs.isEmpty()) {
        QStringList numbers;
        for (const int pcr : sealed.pcrs) {
            numbers.append(QString::number(pcr));
        }
        file.write("pcrs " + numbers.join(u',').toLatin1() + '\n');
    }
    return file.commit() ? Status {} : Status { Error { ErrorCode::Io, u"cannot write %1"_s.arg(path()) } };
}

Status TpmKeyProvider::createDeviceKey()
{
    Tpm tpm;
    if (auto connected = tpm.connect(m_tcti); !connected) {
        return connected;
    }
    auto parent = tpm.storageKey();
    if (!parent) {
        return parent.error();
    }
    TPM2B_SENSITIVE_CREATE sensitive {};
    sensitive.sensitive.data.size = static_cast<UINT16>(keywrap::deviceKeySize());
    randombytes_buf(sensitive.sensitive.data.buffer, sensitive.sensitive.data.size);
    TPM2B_PUBLIC templ {};
    templ.publicArea.type = TPM2_ALG_KEYEDHASH;
    templ.publicArea.nameAlg = TPM2_ALG_SHA256;
    templ.publicArea.objectAttributes
        = TPMA_OBJECT_FIXEDTPM | TPMA_OBJECT_FIXEDPARENT | TPMA_OBJECT_USERWITHAUTH | TPMA_OBJECT_NODA;
    templ.publicArea.parameters.keyedHashDetail.scheme.scheme = TPM2_ALG_NULL;
    if (!m_pcrs.isEmpty()) { // only the PCR policy authorises unsealing, no password
        auto trial = tpm.pcrPolicySession(parent.value(), m_pcrs, true);
        TPM2B_DIGEST *digest = nullptr;
        if (TSS2_RC rc = trial
                ? Esys_PolicyGetDigest(tpm.esys(), trial.value(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, &digest)
                : TSS2_RC(TSS2_ESYS_RC_GENERAL_FAILURE);
            rc != TSS2_RC_SUCCESS) {
            return trial ? tpmError(u"computing the PCR policy"_s, rc) : Status { trial.error() };
        }
        templ.publicArea.authPolicy = *digest;
        Esys_Free(digest);
        templ.publicArea.objectAttributes &= ~TPMA_OBJECT_USERWITHAUTH;
    }
    const TPM2B_DATA outside {};
    const TPML_PCR_SELECTION pcrs {};
    TPM2B_PRIVATE *outPrivate = nullptr;
    TPM2B_PUBLIC *outPublic = nullptr;
    TPM2B_CREATION_DATA *creation = nullptr;
    TPM2B_DIGEST *hash = nullptr;
    TPMT_TK_CREATION *ticket = nullptr;
    const TSS2_RC rc = Esys_Create(tpm.esys(), parent.value(), ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE, &sensitive,
        &templ, &outside, &pcrs, &outPrivate, &outPublic, &creation, &hash, &ticket);
    sodium_memzero(&sensitive, sizeof sensitive);
    Esys_Free(creation);
    Esys_Free(hash);
    Esys_Free(ticket);
    if (rc != TSS2_RC_SUCCESS) {
        return tpmError(u"sealing the device key"_s, rc);
    }
    Sealed sealed { m_tcti, QByteArray(sizeof(TPM2B_PUBLIC), '\0'), QByteArray(sizeof(TPM2B_PRIVATE), '\0'), m_pcrs };
    size_t publicSize = 0;
    size_t privateSize = 0;
    const bool marshalled
        = Tss2_MU_TPM2B_PUBLIC_Marshal(outPublic, reinterpret_cast<uint8_t *>(sealed.publicPart.data()),
              size_t(sealed.publicPart.size()), &publicSize)
            == TSS2_RC_SUCCESS
        && Tss2_MU_TPM2B_PRIVATE_Marshal(outPrivate, reinterpret_cast<uint8_t *>(sealed.privatePart.data()),
               size_t(sealed.privatePart.size()), &privateSize)
            == TSS2_RC_SUCCESS;
    Esys_Free(outPublic);
    Esys_Free(outPrivate);
    if (!marshalled) {
        return Error { ErrorCode::Internal, u"TPM: cannot marshal the sealed device key"_s };
    }
    sealed.publicPart.truncate(qsizetype(publicSize));
    sealed.privatePart.truncate(qsizetype(privateSize));
    return writeSealed(sealed);
}

Result<SecretBytes> TpmKeyProvider::deviceKey() const
{
    auto sealed = readSealed();
    if (!sealed) {
        return sealed.error();
    }
    Tpm tpm;
    if (auto connected = tpm.connect(sealed.value().tcti); !connected) {
        return connected.error();
    }
    auto parent = tpm.storageKey();
    auto object = parent ? tpm.load(parent.value(), sealed.value().publicPart, sealed.value().privatePart)
                         : Result<ESYS_TR> { parent.error() };
    const QList<int> &pcrs = sealed.value().pcrs;
    auto session = !object ? Result<ESYS_TR> { object.error() }
        : pcrs.isEmpty()   ? tpm.encryptedSession(parent.value())
                           : tpm.pcrPolicySession(parent.value(), pcrs, false);
    if (!session) {
        return session.error();
    }
    TPM2B_SENSITIVE_DATA *data = nullptr;
    const TSS2_RC rc = Esys_Unseal(tpm.esys(), object.value(), session.value(), ESYS_TR_NONE, ESYS_TR_NONE, &data);
    if (rc != TSS2_RC_SUCCESS && !pcrs.isEmpty() && (rc & 0xff) == (TPM2_RC_POLICY_FAIL & 0xff)) {
        QStringList numbers;
        for (const int pcr : pcrs) {
            numbers.append(QString::number(pcr));
        }
        return Error { ErrorCode::WrongKey,
            u"TPM: the device key is bound to the boot state (PCR %1) and that has changed since it was sealed"_s.arg(
                numbers.join(u',')) };
    }
    if (rc != TSS2_RC_SUCCESS) {
        return tpmError(u"unsealing the device key"_s, rc);
    }
    const bool whole = data->size == keywrap::deviceKeySize();
    SecretBytes key(data->buffer, data->size);
    sodium_memzero(data, sizeof *data);
    Esys_Free(data);
    if (!whole) {
        return Error { ErrorCode::WrongKey, u"the TPM object is not a 32-byte key"_s };
    }
    return key;
}

Status TpmKeyProvider::destroy()
{
    if (QFile file(path()); file.open(QIODevice::ReadWrite)) {
        file.write(QByteArray(file.size(), '\0')); // the sealed key is useless without this TPM; gone is better
        file.flush();
        ::fsync(file.handle());
    }
    if (!QFile::remove(path()) && QFileInfo::exists(path())) {
        return Error { ErrorCode::Io, u"cannot remove %1"_s.arg(path()) };
    }
    return {};
}

QString TpmKeyProvider::description() const
{
    return u"device key sealed in the TPM (%1)"_s.arg(path());
}

} // namespace akten::platform
