import PathScreen from '../recruit/PathScreen';

/** A recruit's home is her path (DESIGN §2, the recruit row). */
export default function RecruitHome() {
  return <PathScreen />;
}
