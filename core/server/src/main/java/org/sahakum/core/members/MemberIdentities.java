package org.sahakum.core.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.sahakum.core.crypto.BlindIndex;
import org.sahakum.core.crypto.FieldCrypto;

/** Seals and opens a member's identifying fields. */
@ApplicationScoped
public class MemberIdentities {

  @Inject FieldCrypto crypto;
  @Inject BlindIndex blindIndex;

  /** The identity as revealed. */
  public record Identity(String legalName, String phone, LocalDate dateOfBirth, String idNumber) {}

  Member.SealedIdentity seal(long orgId, String legalName, String phone, LocalDate dateOfBirth, String idNumber) {
    return new Member.SealedIdentity(
        crypto.seal(orgId, "member.legalName", blankToNull(legalName)),
        crypto.seal(orgId, "member.phone", blankToNull(phone)),
        crypto.seal(orgId, "member.dateOfBirth", dateOfBirth == null ? null : dateOfBirth.toString()),
        crypto.seal(orgId, "member.idNumber", blankToNull(idNumber)),
        blindIndex.phone(orgId, phone));
  }

  Identity open(Member member) {
    long orgId = member.getOrgId();
    Member.SealedIdentity s = member.sealedIdentity();
    String dob = crypto.open(orgId, "member.dateOfBirth", s.dateOfBirth());
    return new Identity(
        crypto.open(orgId, "member.legalName", s.legalName()),
        crypto.open(orgId, "member.phone", s.phone()),
        dob == null ? null : LocalDate.parse(dob),
        crypto.open(orgId, "member.idNumber", s.idNumber()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
