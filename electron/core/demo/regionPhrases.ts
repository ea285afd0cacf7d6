import type { BodyRegion } from './demoCaseSpec';

export interface RegionPhrases {
  label: string;
  complaints: readonly string[];
  radiation: readonly string[];
  inspection: readonly string[];
  palpation: readonly string[];
  motion: readonly string[];
  provocative: readonly string[];
  neuro: readonly string[];
}

export const REGION_PHRASES: Record<BodyRegion, RegionPhrases> = {
  neck: {
    label: 'cervical spine',
    complaints: [
      'The patient reports constant neck pain that worsens with prolonged computer work and looking overhead.',
      'The patient describes an aching and stiff neck that is worse in the morning and improves partially with heat.',
      'The patient continues to have neck pain with headaches at the base of the skull several times a week.',
      'Neck pain is aggravated by driving, turning the head to check traffic and sleeping on a thick pillow.',
    ],
    radiation: [
      'Pain radiates intermittently to the left trapezius and shoulder blade.',
      'There is occasional tingling into the left forearm, without weakness.',
      'The pain remains axial without radiation into the upper extremities.',
      'Intermittent numbness is noted in the left thumb and index finger after prolonged sitting.',
    ],
    inspection: [
      'Posture shows a mild forward head position.',
      'No deformity or atrophy of the shoulder girdle is seen.',
    ],
    palpation: [
      'Tenderness and muscle guarding over the paracervical and upper trapezius muscles, left more than right.',
      'Tenderness over the lower cervical facets bilaterally.',
      'Mild paraspinal spasm from C4 to C7.',
    ],
    motion: [
      'Cervical flexion 35 degrees, extension 30 degrees, rotation 60 degrees right and 55 degrees left, with pain at end range.',
      'Cervical range of motion is reduced by about one third in all planes.',
      'Cervical flexion 40 degrees, extension 25 degrees, lateral bending 30 degrees bilaterally.',
    ],
    provocative: [
      'Spurling test is negative bilaterally.',
      'Distraction test relieves the neck pain.',
      'Spurling test reproduces neck pain without radicular symptoms.',
    ],
    neuro: [
      'Sensation is intact to light touch in the C5 through T1 dermatomes. Deep tendon reflexes are 2+ and symmetric. Motor strength is 5/5 throughout the upper extremities.',
      'Grip strength is symmetric. Biceps, triceps and brachioradialis reflexes are 2+ bilaterally. No sensory deficit is found.',
    ],
  },
  lowBack: {
    label: 'lumbar spine',
    complaints: [
      'The patient reports low back pain that is worse with bending, lifting and sitting longer than thirty minutes.',
      'The patient describes a constant ache across the lower back with sharp pain on rising from a chair.',
      'Low back pain continues, with stiffness in the morning and pain after standing at work.',
      'The patient reports flare-ups of low back pain after household chores such as vacuuming.',
    ],
    radiation: [
      'Pain radiates into the left buttock and posterior thigh to the knee.',
      'There is intermittent numbness along the lateral left calf and dorsum of the foot.',
      'The pain stays in the low back without leg symptoms.',
      'Occasional right leg tingling is reported after long drives.',
    ],
    inspection: [
      'Gait is mildly antalgic.',
      'The patient rises slowly from the chair and changes position frequently.',
    ],
    palpation: [
      'Tenderness over the lumbar paraspinal muscles from L3 to S1 with spasm on the left.',
      'Tenderness over the lumbosacral junction and left sacroiliac joint.',
      'Mild paraspinal guarding, no step-off.',
    ],
    motion: [
      'Lumbar flexion 45 degrees, extension 10 degrees, with pain on extension.',
      'Fingertips reach the mid shin on forward flexion; extension is limited by pain.',
      'Lumbar range of motion is decreased by about half in flexion and extension.',
    ],
    provocative: [
      'Straight leg raise is positive on the left at 50 degrees.',
      'Straight leg raise is negative bilaterally in the seated position.',
      'Facet loading is positive on the left.',
    ],
    neuro: [
      'Decreased sensation to light touch in the left L5 dermatome. Extensor hallucis longus strength is 4/5 on the left. Patellar and Achilles reflexes are 2+ and symmetric.',
      'Sensation is intact in the L3 through S1 dermatomes. Strength is 5/5 in the lower extremities. Reflexes are symmetric.',
    ],
  },
  shoulder: {
    label: 'shoulder',
    complaints: [
      'The patient reports right shoulder pain with reaching overhead and behind the back.',
      'Night pain in the right shoulder wakes the patient two to three times a night.',
      'The patient has difficulty lifting objects above shoulder height at work.',
      'Shoulder pain is worse at the end of the work day and with repetitive reaching.',
    ],
    radiation: [
      'Pain refers to the lateral upper arm.',
      'There is no radiation below the elbow.',
      'Occasional clicking is felt with overhead motion.',
    ],
    inspection: ['No atrophy of the supraspinatus or infraspinatus fossa.', 'Mild scapular dyskinesis on the right.'],
    palpation: [
      'Tenderness over the greater tuberosity and subacromial bursa.',
      'Tenderness over the acromioclavicular joint.',
      'Tenderness at the bicipital groove.',
    ],
    motion: [
      'Right shoulder flexion 140 degrees, abduction 120 degrees, external rotation 60 degrees, internal rotation to L3.',
      'Active forward flexion to 150 degrees with a painful arc between 70 and 120 degrees.',
      'Right shoulder abduction 110 degrees with pain; passive motion is full.',
    ],
    provocative: [
      'Neer and Hawkins impingement signs are positive.',
      'Empty can test produces pain with 4/5 strength.',
      'Drop arm test is negative.',
    ],
    neuro: [
      'Sensation is intact in the upper extremities. Reflexes are 2+ and symmetric.',
      'Distal neurovascular status is intact.',
    ],
  },
  knee: {
    label: 'knee',
    complaints: [
      'The patient reports knee pain with stairs, squatting and kneeling.',
      'The patient describes intermittent locking and catching of the knee.',
      'Knee swelling develops after prolonged standing at work.',
      'The knee gives way occasionally on uneven ground.',
    ],
    radiation: [
      'Pain is localized to the medial joint line.',
      'Pain is diffuse around the patella.',
      'There is posterior knee tightness with full extension.',
    ],
    inspection: [
      'Mild effusion is present.',
      'No erythema or warmth.',
      'Gait is antalgic with a shortened stance phase.',
    ],
    palpation: [
      'Tenderness along the medial joint line.',
      'Patellofemoral crepitus with tenderness at the medial facet.',
      'Tenderness at the pes anserine bursa.',
    ],
    motion: [
      'Knee range of motion 0 to 115 degrees with pain at end flexion.',
      'Knee flexion limited to 100 degrees; extension lacks 5 degrees.',
      'Full extension, flexion to 125 degrees.',
    ],
    provocative: [
      'McMurray test is positive for medial pain and a click.',
      'Lachman test is stable.',
      'Varus and valgus stress tests are stable.',
    ],
    neuro: [
      'Sensation intact in the lower extremities. Quadriceps strength 4+/5.',
      'Distal pulses are palpable; sensation is intact.',
    ],
  },
  wrist: {
    label: 'wrist and hand',
    complaints: [
      'The patient reports numbness and tingling in the right thumb, index and middle fingers.',
      'Nocturnal paresthesias wake the patient most nights; shaking the hand gives relief.',
      'The patient drops small objects and has difficulty with buttons.',
      'Wrist pain is worse with keyboarding and gripping tools.',
    ],
    radiation: [
      'Symptoms extend proximally into the forearm at times.',
      'There is no neck pain or radiation from the neck.',
      'Symptoms are confined to the median nerve distribution.',
    ],
    inspection: [
      'No thenar atrophy is seen.',
      'Mild swelling over the dorsal wrist.',
      'Healed abrasion over the radial wrist.',
    ],
    palpation: [
      'Tenderness over the carpal tunnel.',
      'Tenderness in the anatomic snuffbox.',
      'Tenderness over the first dorsal compartment.',
    ],
    motion: [
      'Wrist flexion 60 degrees, extension 55 degrees, with pain at end range.',
      'Wrist range of motion is full but painful.',
      'Wrist extension limited to 40 degrees.',
    ],
    provocative: [
      'Tinel sign at the carpal tunnel is positive.',
      'Phalen test is positive at 30 seconds.',
      'Finkelstein test is negative.',
    ],
    neuro: [
      'Two-point discrimination is 6 mm in the median distribution. Abductor pollicis brevis strength is 5-/5.',
      'Sensation is slightly diminished in the median distribution of the right hand.',
    ],
  },
  wristInjury: {
    label: 'wrist',
    complaints: [
      'The patient reports deep radial-sided wrist pain with gripping, pushing up from a chair and turning doorknobs.',
      'Wrist pain limits lifting packages heavier than a few pounds with the injured hand.',
      'The wrist aches at rest by the end of the day and swells after use.',
      'Grip feels weak and the patient has stopped using the hand for heavy tasks.',
    ],
    radiation: [
      'There is no numbness or tingling in the fingers.',
      'Pain stays at the radial wrist and base of the thumb.',
      'Occasional clicking is felt with wrist deviation.',
    ],
    inspection: ['Mild swelling over the radial wrist.', 'No deformity; the skin is intact.'],
    palpation: [
      'Tenderness in the anatomic snuffbox.',
      'Tenderness over the scaphoid tubercle.',
      'Tenderness at the radioscaphoid joint line.',
    ],
    motion: [
      'Wrist extension 40 degrees and flexion 45 degrees, with pain at end range.',
      'Wrist motion is reduced by about a third compared with the other side.',
      'Radial deviation is limited and painful.',
    ],
    provocative: [
      'Scaphoid shift test is painful without a clunk.',
      'Grip strength is 18 kg on the injured side and 42 kg on the other side.',
      'Axial loading of the thumb reproduces wrist pain.',
    ],
    neuro: [
      'Sensation is intact in the median, ulnar and radial distributions.',
      'Capillary refill is brisk; sensation is intact.',
    ],
  },
};
