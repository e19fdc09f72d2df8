package org.sahakum.core.auth;

import java.util.Map;

/** The Khmer descriptions of the core's own permissions (the English ones are declared beside their defaults). */
final class CorePermissionNames {
  private CorePermissionNames() {}

  static final Map<String, String> KM = Map.ofEntries(
      Map.entry("tenant:read", "មើលក្រុម ក្រុមរងរបស់វា និងម៉ូឌុលរបស់វា"),
      Map.entry("tenant:create", "បង្កើតក្រុមនៅក្រោមក្រុមនេះ"),
      Map.entry("tenant:define", "អនុវត្តឯកសារកំណត់ក្រុម (គំរូ អង្គការ បណ្តាញ)"),
      Map.entry("tenant:manage", "ប្តូរឈ្មោះក្រុមនេះ ផ្អាក ឬបន្តសាខារបស់វា"),
      Map.entry("modules:use", "បើកម៉ូឌុលដែលក្រុមនេះបានបើក (ម៉ូឌុលនីមួយៗពិនិត្យសិទ្ធិរបស់ខ្លួនផងដែរ)"),
      Map.entry("tenant:modules:manage", "បើក ឬបិទម៉ូឌុលសម្រាប់ក្រុមនេះ"),
      Map.entry("account:create", "បង្កើតគណនីបុគ្គលិក និងមើលបញ្ជីគណនីនៅទីនេះ"),
      Map.entry("tenant:lockdown", "បិទសាខាជាបន្ទាន់ ឬចូលរួមដោះការបិទ"),
      Map.entry("account:disable", "បិទគណនី ហើយបញ្ចប់ការប្រើប្រាស់របស់វា"),
      Map.entry("audit:read", "អានកំណត់ត្រាសវនកម្ម"),
      Map.entry("keys:rotate", "មើលកំណែសោទិន្នន័យរបស់អង្គការ ហើយប្តូរវា"),
      Map.entry("role:manage", "ជ្រើសរើសសិទ្ធិដែលតួនាទីនីមួយៗមាននៅទីនេះ និងខាងក្រោម"),
      Map.entry("platform:modules:read", "មើលបញ្ជីម៉ូឌុលដែលបានដំឡើង"),
      Map.entry("indicator:publish", "ជ្រើសរើសតួលេខ (ចំនួនតូចៗត្រូវលាក់) ដែលអង្គការនេះផ្សាយទៅបណ្តាញ"),
      Map.entry("network:dashboard:read", "មើលតួលេខដែលអង្គការក្នុងបណ្តាញនេះផ្សាយ"),
      Map.entry("team-leader:read", "មើលថាអ្នកណាជាប្រធានក្រុមនៅសាខានីមួយៗ និងសាខាណាដែលមិនទាន់មានប្រធានក្រុម"),
      Map.entry("member:read", "មើលបញ្ជីឈ្មោះសមាជិក (លេខកូដ និងឈ្មោះហៅ)"),
      Map.entry("member:write", "បញ្ចូលសមាជិក និងកែឈ្មោះហៅ ឬសាខារបស់ពួកគេ"),
      Map.entry("invite:manage", "បង្កើត មើល និងដកការអញ្ជើញ"),
      Map.entry("member:approve", "អនុម័ត ឬបដិសេធការចុះឈ្មោះ"),
      Map.entry("member:export", "ទាញយកបញ្ជីឈ្មោះ (លេខកូដ និងឈ្មោះហៅ) ជាសៀវភៅបញ្ជី"),
      Map.entry("member:erase", "លុបសមាជិកចោលតាមការស្នើរបស់គាត់៖ អត្តសញ្ញាណ គណនី និងទិន្នន័យគ្រប់ម៉ូឌុល"),
      Map.entry("member:identity:read", "បង្ហាញឈ្មោះពិត ទូរស័ព្ទ ថ្ងៃខែឆ្នាំកំណើត និងលេខអត្តសញ្ញាណប័ណ្ណរបស់សមាជិក"));
}
