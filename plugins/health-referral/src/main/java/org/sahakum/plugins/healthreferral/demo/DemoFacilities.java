package org.sahakum.plugins.healthreferral.demo;

import java.util.List;
import org.sahakum.plugins.healthreferral.facilities.NewFacility;

/**
 * A directory of plausible Phnom Penh and provincial facilities, every name marked as fictional.
 * None of them is a real place.
 */
final class DemoFacilities {
  private static final String KM = " (ប្រឌិត)";
  private static final String EN = " (fictional)";

  private DemoFacilities() {}

  static List<NewFacility> all() {
    return List.of(
        f("មន្ទីរពេទ្យជាតិមិត្តភាព", "Friendship National Hospital", "national-hospital", "pp-toul-kork",
            "1111111011", "hef-id-poor", null, "07:00-17:00"),
        f("មន្ទីរពេទ្យបង្អែកខេត្តសៀមរាប", "Siem Reap Provincial Referral Hospital", "referral-hospital", "siem-reap",
            "1111111111", "hef-id-poor", null, "24h"),
        f("មណ្ឌលសុខភាពមានជ័យ", "Meanchey Health Centre", "health-centre", "pp-meanchey",
            "1011111001", "hef-id-poor", null, "07:30-16:30"),
        f("មណ្ឌលសុខភាពសែនសុខ", "Sen Sok Health Centre", "health-centre", "pp-sen-sok",
            "1011110001", "low-fee", 5_000L, "07:30-16:30"),
        f("គ្លីនិកសុខភាពស្ត្រី ផ្កាឈូក", "Lotus Women's Clinic", "ngo-clinic", "pp-daun-penh",
            "1111000001", "free", null, "08:00-20:00"),
        f("គ្លីនិកសង្ឃឹមថ្មី", "New Hope NGO Clinic", "ngo-clinic", "pp-chamkar-morn",
            "1110000010", "free", null, "09:00-18:00"),
        f("មណ្ឌលស្នាក់ពួនពន្លឺ", "Light Drop-in Centre", "drop-in-centre", "pp-russey-keo",
            "1010000011", "free", null, "10:00-22:00"),
        f("គ្លីនិកឯកជន សុខសប្បាយ", "Good Health Private Clinic", "private-clinic", "pp-por-senchey",
            "0011101001", "full-fee", null, "08:00-19:00"),
        f("ឱសថស្ថាន ពេទ្យថ្នាំ", "Corner Pharmacy", "pharmacy", "kandal",
            "0010000001", "full-fee", null, "07:00-21:00"),
        f("មណ្ឌលសុខភាពកំពត", "Kampot Health Centre", "health-centre", "kampot",
            "1011111001", "hef-id-poor", null, "07:30-16:30"),
        f("គ្លីនិកមិត្តភាព បន្ទាយមានជ័យ", "Border Friends NGO Clinic", "ngo-clinic", "banteay-meanchey",
            "1111000001", "free", null, "08:00-17:00"),
        f("មណ្ឌលសុខភាពកំពង់ស្ពឺ", "Kampong Speu Health Centre", "health-centre", "kampong-speu",
            "1011111001", "low-fee", 3_000L, "07:30-16:30"));
  }

  /** {@code services}: one digit per category, in the order of {@code Services.ALL}. */
  private static NewFacility f(String km, String en, String kind, String place, String services, String payment,
      Long fee, String hours) {
    boolean[] s = new boolean[9];
    for (int i = 0; i < 9; i++) {
      s[i] = services.charAt(i) == '1';
    }
    return new NewFacility(km + KM, en + EN, kind, place, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8],
        payment, fee, hours, null);
  }
}
